// CLI and preview start-up as whole processes, against `node -e 0` measured in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY, ensureProgram, repoRoot } from '../../scripts/prebuilt.mjs';
import { median, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { timeToExit, timeToLine } from '../processes.ts';

export const section: Section = {
  name: 'cli',
  title: 'lifeline --help and npm run preview start-up, against node -e 0',
  async run(options: BenchOptions): Promise<Figure[]> {
    await ensureProgram('cli');
    await ensureProgram('preview');
    const runs = runsFor(options, 7);
    const node: number[] = [];
    const help: number[] = [];
    // Interleaved, after one warm-up of each, so both see the same machine load.
    for (let i = -1; i < runs; i++) {
      const n = await timeToExit(process.execPath, ['-e', '0']);
      // The package's bin as installed: the executable file itself (its #! line starts node).
      const h = await timeToExit(CLI_ENTRY, ['--help']);
      if (i < 0) continue;
      node.push(n);
      help.push(h);
    }
    const state = await mkdtemp(join(tmpdir(), 'lifeline-bench-preview-'));
    const npmHelp: number[] = [];
    const preview: number[] = [];
    try {
      for (let i = -1; i < Math.min(runs, 3); i++) {
        const npm = await timeToExit('npm', ['run', '--silent', 'lifeline', '--', '--help']);
        const started = await timeToLine(
          process.execPath,
          [join(repoRoot, 'scripts', 'preview.mjs'), '--state', state],
          /^Lifeline preview: /,
        );
        await started.stop();
        if (i < 0) continue;
        npmHelp.push(npm);
        preview.push(started.ms);
      }
    } finally {
      await rm(state, { recursive: true, force: true });
    }
    const nodeMs = median(node);
    return [
      {
        key: 'cli_help_ms',
        label: 'lifeline --help (the bin, whole process)',
        value: median(help),
        unit: 'ms',
        target: '<= 4 x node_start_ms',
        baseline: { label: 'node -e 0', value: nodeMs },
      },
      { key: 'node_start_ms', label: 'node -e 0 (whole process, same run)', value: nodeMs, unit: 'ms' },
      {
        key: 'npm_lifeline_help_ms',
        label: 'npm run lifeline -- --help (npm included)',
        value: median(npmHelp),
        unit: 'ms',
        baseline: { label: 'node -e 0', value: nodeMs },
      },
      {
        key: 'preview_first_line_ms',
        label: 'preview host to its first line (node scripts/preview.mjs)',
        value: median(preview),
        unit: 'ms',
        baseline: { label: 'node -e 0', value: nodeMs },
      },
    ];
  },
};
