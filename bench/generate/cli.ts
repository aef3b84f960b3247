// `tsx bench/generate/cli.ts <dir> [--docs N] [--seed S]`: writes a generated plans directory.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DOCS, generatePlans } from './index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string', default: String(DEFAULT_DOCS) }, seed: { type: 'string', default: '1' } },
});
const dir = positionals[0];
const docs = Number(values.docs);
const seed = Number(values.seed);
if (!dir || !Number.isInteger(docs) || docs < 6 || !Number.isInteger(seed)) {
  process.stderr.write('usage: tsx bench/generate/cli.ts <plans-dir> [--docs N (>= 6)] [--seed S]\n');
  process.exit(2);
}
const summary = await generatePlans(resolve(dir), { docs, seed });
process.stdout.write(`${JSON.stringify(summary)}\n`);
