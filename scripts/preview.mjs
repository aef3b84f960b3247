// `npm run preview -- [...]`: the prebuilt preview host (dist/preview/preview.mjs), rebuilt first when
// it is missing or older than its sources, so its first line comes without compiling TypeScript.
import { pathToFileURL } from 'node:url';
import { ensureProgram, PREVIEW_ENTRY } from './prebuilt.mjs';

try {
  await ensureProgram('preview');
} catch (error) {
  process.stderr.write(`lifeline preview: cannot build the preview host: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(PREVIEW_ENTRY).href);
