// The shape every benchmark section has, how its figures are printed, and the timing helpers.
// A section is bench/sections/<name>.ts exporting `section: Section`; run.ts lists the names.

export interface BenchOptions {
  /** Corpus size for sections that generate plans (`--docs N`, default 10,000). */
  docs: number;
  /** A short run for development (`--quick`): fewer repetitions, same figures. */
  quick: boolean;
}

export interface Figure {
  /** The stable key in `npm run bench -- --json` (documented in bench/README.md); omit for context-only lines. */
  key?: string;
  label: string;
  value: number | boolean;
  unit: string;
  /** A baseline measured in the same run on the same bytes, to read the figure against. */
  baseline?: { label: string; value: number };
  /** The target, as written in the issue (e.g. "<= 300"), printed next to the figure. */
  target?: string;
}

export interface Section {
  name: string;
  /** One line saying what the section measures. */
  title: string;
  run(options: BenchOptions): Promise<Figure[]>;
}

/** Repetitions after the warm-up: several for a real run, the minimum that still gives a median for --quick. */
export function runsFor(options: BenchOptions, full = 5): number {
  return options.quick ? 3 : full;
}

function format(value: number | boolean, unit: string): string {
  if (typeof value === 'boolean') return String(value);
  const digits = value >= 100 || Number.isInteger(value) ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

export function printSection(name: string, figures: Figure[], out: (line: string) => void): void {
  out(`\n## ${name}`);
  for (const f of figures) {
    const base =
      f.baseline && typeof f.value === 'number'
        ? `   (${f.baseline.label}: ${format(f.baseline.value, f.unit)}, ratio ${(f.value / Math.max(f.baseline.value, 1e-9)).toFixed(2)}x)`
        : '';
    const target = f.target ? `   target ${f.target}` : '';
    const key = f.key ? ` [${f.key}]` : '';
    out(`  ${(f.label + key).padEnd(60)} ${format(f.value, f.unit).padStart(12)}${target}${base}`);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Median wall time in milliseconds of `runs` calls, after `warmup` calls that are not counted. */
export async function medianMs(runs: number, fn: (run: number) => unknown, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}
