// `npm run bench [-- <section>] [--json] [--docs N] [--quick]`: every section, or one; figures with
// their targets and the baselines measured in the same run. `--json` prints one JSON object of every
// keyed figure on stdout (the report goes to stderr then). Keys: bench/README.md.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printSection, type BenchOptions, type Section } from './report.ts';

const SECTIONS = ['sync', 'search', 'publish', 'launch', 'print', 'cli'];
const USAGE = `usage: npm run bench -- [${SECTIONS.join('|')}] [--json] [--docs N] [--quick]`;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, docs: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const docs = values.docs === undefined ? 10_000 : Number(values.docs);
if (!Number.isInteger(docs) || docs < 6) fail(`--docs must be a whole number >= 6, got ${values.docs}`);
const unknown = positionals.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0) fail(`unknown section ${unknown.join(', ')}`);
const options: BenchOptions = { docs, quick: values.quick === true };
const chosen = positionals.length > 0 ? SECTIONS.filter((n) => positionals.includes(n)) : SECTIONS;
// With --json, stdout carries the JSON object alone.
const report = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

report(
  `Lifeline benchmark (node ${process.version}, ${process.platform}/${process.arch}, --docs ${docs}${options.quick ? ', --quick' : ''})`,
);
const figures: Record<string, number | boolean> = {};
let failed = false;
for (const name of chosen) {
  const file = join(import.meta.dirname, 'sections', `${name}.ts`);
  if (!existsSync(file)) {
    report(`\n## ${name}: not available (bench/sections/${name}.ts is missing)`);
    failed = true;
    continue;
  }
  const { section } = (await import(file)) as { section: Section };
  const started = performance.now();
  try {
    const result = await section.run(options);
    printSection(`${section.name}: ${section.title} (${((performance.now() - started) / 1000).toFixed(1)} s)`, result, report);
    for (const f of result) if (f.key) figures[f.key] = typeof f.value === 'number' ? Math.round(f.value * 100) / 100 : f.value;
  } catch (error) {
    report(`\n## ${name}: failed: ${(error as Error).stack ?? String(error)}`);
    failed = true;
  }
}
if (values.json) process.stdout.write(`${JSON.stringify({ docs, quick: options.quick, ...figures })}\n`);
process.exit(failed ? 1 : 0);
