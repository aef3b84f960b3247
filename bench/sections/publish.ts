// Lint and publish of the generated plans (`--docs` documents) by the built CLI, as whole processes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY, ensureProgram } from '../../scripts/prebuilt.mjs';
import { generatePlans } from '../generate/index.ts';
import { medianMs, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { timeToExit } from '../processes.ts';

export const section: Section = {
  name: 'publish',
  title: 'lifeline lint and lifeline publish of the generated plans',
  async run(options: BenchOptions): Promise<Figure[]> {
    await ensureProgram('cli');
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-publish-'));
    try {
      const plans = join(work, 'plans');
      const summary = await generatePlans(plans, { docs: options.docs, seed: 1 });
      const keys = join(work, 'keys');
      await timeToExit(CLI_ENTRY, ['keys', 'init', '--dir', keys]);
      const runs = runsFor(options, 3);
      const lintMs = await medianMs(runs, () => timeToExit(CLI_ENTRY, ['lint', plans]));
      // Each publish goes into an empty repository: the full cost, compile to the last durable write.
      const publishMs = await medianMs(
        runs,
        (i) => timeToExit(CLI_ENTRY, ['publish', plans, '--keys', keys, '--repo', join(work, `repo-${i + 1}`)]),
        options.quick ? 0 : 1,
      );
      const files = summary.vendors + summary.services + summary.runbooks + 1;
      return [
        { label: 'plans', value: summary.docs, unit: `documents in ${files} files` },
        { key: 'lint_ms', label: 'lifeline lint (whole process)', value: lintMs, unit: 'ms' },
        { label: 'lint per file', value: lintMs / files, unit: 'ms' },
        {
          key: 'publish_ms',
          label: 'lifeline publish into an empty repository (whole process)',
          value: publishMs,
          unit: 'ms',
          target: '<= 10000 at 10,000 documents',
        },
        { label: 'publish per file', value: publishMs / files, unit: 'ms' },
      ];
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
