// `npm run lifeline -- <command>`: the built CLI (dist/cli/lifeline.mjs), rebuilt first when it is
// missing or older than its sources, so a fresh clone works with no separate build step.
import { CLI_ENTRY, ensureCli } from './prebuilt.mjs';
import { pathToFileURL } from 'node:url';

try {
  await ensureCli();
} catch (error) {
  process.stderr.write(`lifeline: cannot build the CLI: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(CLI_ENTRY).href);
