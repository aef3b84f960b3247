// The shape every benchmark section returns, and how figures and ratios are printed.
export interface Figure {
  label: string;
  value: number;
  unit: string;
  /** A baseline measured in the same run on the same bytes, to read the figure against. */
  baseline?: { label: string; value: number };
}

export interface Section {
  name: string;
  run(): Promise<Figure[]>;
}

function format(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function printSection(name: string, figures: Figure[], out: (line: string) => void): void {
  out(`\n## ${name}`);
  for (const f of figures) {
    const base = f.baseline ? `   (${f.baseline.label}: ${format(f.baseline.value, f.unit)}, ratio ${(f.value / Math.max(f.baseline.value, 1e-9)).toFixed(1)}x)` : '';
    out(`  ${f.label.padEnd(44)} ${format(f.value, f.unit).padStart(12)}${base}`);
  }
}

/** Median wall time of `runs` calls, in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
