// Finds the Electron executable the way the `electron` package does, but WITHOUT requiring it:
// requiring `electron` from Node starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './app-bundles.ts';

export function findElectronBinary(
  electronDir = join(repoRoot, 'node_modules', 'electron'),
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  let relative = '';
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the binary was never installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1)
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : null;
  return candidate !== null && exists(candidate) ? candidate : null;
}
