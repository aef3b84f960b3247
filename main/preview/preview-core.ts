// The real sync engine for the preview host: given nothing, it installs the embedded demo repository;
// given --source/--root, it syncs those exactly as the app would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../domain/sync/core.ts';
import { createTufVerifier } from '../domain/sync/tuf-verifier.ts';
import type { SourceSpec } from '../domain/sync/verify-port.ts';
import { readPinnedRoot } from '../domain/tuf/client/pinned-root.ts';
import { LifelineError } from '../model/errors.ts';
import { messageOf } from '../model/thrown.ts';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources', 'demo');
export const DEMO_REPO_DIR = join(resourcesDir, 'repo');
export const DEMO_ROOT_PATH = join(resourcesDir, 'root.json');

export interface PreviewCoreOptions {
  stateDir: string;
  sources: SourceSpec[];
  /** Pinned root.json path; required with sources. */
  rootPath: string | null;
  /** Overrides the embedded demo repository (tests); null disables it. */
  demo?: { repoDir: string; rootPath: string } | null;
  /** Total time one source may take in one sync (default 2 minutes). */
  sourceBudgetMs?: number;
}

export async function createPreviewCore(options: PreviewCoreOptions): Promise<Core> {
  const core = await buildPreviewCore(options);
  await core.start();
  return core;
}

/** The core, not started yet: the host can listen while start() re-checks the installed bundle. */
export async function buildPreviewCore(options: PreviewCoreOptions): Promise<Core> {
  const demo = options.demo === undefined ? embeddedDemo() : options.demo;
  const demoRoot = demo ? await readRootFor(demo.rootPath) : null;
  // Like the app with nothing configured: only the demo is installed, and Sync now says there is no source.
  const root = options.rootPath ? await readRootFor(options.rootPath) : null;
  return createCore({
    stateDir: options.stateDir,
    sources: options.sources,
    root,
    demo: demo && demoRoot ? { repoDir: demo.repoDir, root: demoRoot } : null,
    verify: createTufVerifier(),
    ...(options.sourceBudgetMs ? { sourceBudgetMs: options.sourceBudgetMs } : {}),
  });
}

function embeddedDemo(): { repoDir: string; rootPath: string } | null {
  return existsSync(DEMO_ROOT_PATH) && existsSync(DEMO_REPO_DIR) ? { repoDir: DEMO_REPO_DIR, rootPath: DEMO_ROOT_PATH } : null;
}

/** The preview's start-up error for a root it cannot use, so the CLI says it in one line. */
async function readRootFor(path: string): Promise<Buffer> {
  try {
    return await readPinnedRoot(path);
  } catch (error) {
    throw new LifelineError('preview-setup', messageOf(error));
  }
}
