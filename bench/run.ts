// `npm run bench`: prints figures with ratios against baselines measured in the same run.
// Add a section by writing bench/sections/<name>.ts exporting `section: Section` and listing it here.
import { printSection, type Section } from './report.ts';

const SECTIONS = ['sync'];

const only = process.argv[2];
process.stdout.write(`Lifeline benchmark (node ${process.version}, ${process.platform}/${process.arch})\n`);
for (const name of SECTIONS.filter((n) => !only || n === only)) {
  const { section } = (await import(`./sections/${name}.ts`)) as { section: Section };
  const started = performance.now();
  const figures = await section.run();
  printSection(`${section.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`, figures, (line) => process.stdout.write(`${line}\n`));
}
