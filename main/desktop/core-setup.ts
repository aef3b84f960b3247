// Builds the sync core from the resolved configuration (policy, environment, user settings) and
// the embedded demo repository; the fetcher runs on Electron's network stack (system proxy and certificates).
import { readFileSync } from 'node:fs';
import { defaultPolicyPath } from '../domain/config/policy-path.ts';
import { resolveConfig } from '../domain/config/resolve.ts';
import type { FetchFn } from '../domain/net/bounded-fetch.ts';
import type { UserSettings } from '../domain/config/user-settings.ts';
import { createCore, type Core } from '../domain/sync/core.ts';
import { createTufVerifier } from '../domain/sync/tuf-verifier.ts';
import type { AppPaths } from './paths.ts';
import { readCommandLine } from '../domain/config/command-line.ts';
import { readPinnedRoot } from '../domain/tuf/client/pinned-root.ts';
import { messageOf, errnoCode } from '../model/thrown.ts';

export interface CoreSetup {
  core: Core;
  /** Plain-words configuration problems, for the log and the About box. */
  problems: string[];
}

function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function readOptional(path: string, what: string, problems: string[]): Promise<Buffer | null> {
  try {
    return await readPinnedRoot(path);
  } catch (error) {
    problems.push(`${what} is not used: ${messageOf(error)}`);
    return null;
  }
}

export async function setUpCore(paths: AppPaths, settings: UserSettings, fetch: FetchFn): Promise<CoreSetup> {
  const commandLine = readCommandLine(process.argv.slice(1));
  const config = resolveConfig({
    commandLine: commandLine.layer,
    env: process.env,
    policyPath: defaultPolicyPath(),
    readFile: readTextOrNull,
    readUserSettings: () => settings.readSync(),
  });
  const problems = [...commandLine.problems, ...config.problems];
  const root = config.root === null ? null : await readOptional(config.root, 'the pinned root', problems);
  const demoRoot = await readOptional(paths.demoRootFile, 'the demo root', problems);
  const core = createCore({
    stateDir: paths.stateDir,
    sources: config.sources,
    root,
    demo: demoRoot === null ? null : { repoDir: paths.demoRepoDir, root: demoRoot },
    verify: createTufVerifier({ fetch }),
    intervalMinutes: config.intervalMinutes,
    sourceBudgetMs: config.sourceBudgetSeconds * 1000,
  });
  return { core, problems };
}
