// Shared set-up for the end-to-end fault tests: a signed test repository served over loopback HTTP,
// a state directory with version 1 installed, and the checks every fault must pass.
import assert from 'node:assert/strict';
import { after, beforeEach } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncOutcome } from '../../main/model/status.ts';
import { createFsPort, type FsPort } from '../../main/domain/files/fs-port.ts';
import { stateLayout } from '../../main/domain/storage/layout.ts';
import { readLocalState, type LocalState } from '../../main/domain/storage/local-state.ts';
import { ROLES } from '../../main/domain/tuf/shared/roles.ts';
import type { TrustedState } from '../../main/domain/storage/trusted-state.ts';
import { runSync, type EngineContext } from '../../main/domain/sync/sync-once.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import type { SourceSpec } from '../../main/domain/sync/verify-port.ts';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.ts';
import { createTestRepo, type TestRepo } from '../helpers/tuf-repo.ts';

export const TEST_LIMITS = { maxBytes: 4 * 1024 * 1024, deadlineMs: 3_000, idleMs: 400, maxRedirects: 3 };

export interface Harness {
  repo: TestRepo;
  server: FaultServer;
  stateDir: string;
  /** The injected clock; tests move it. */
  clock: { now: Date };
  ctx(fs?: FsPort): EngineContext;
  sync(options?: { sources?: SourceSpec[]; fs?: FsPort; root?: Buffer }): Promise<SyncOutcome>;
  local(): Promise<LocalState>;
  cleanup(): Promise<void>;
}

export async function createHarness(options: { install?: boolean } = {}): Promise<Harness> {
  const repo = await createTestRepo();
  await repo.publish();
  const server = await startFaultServer(repo.repoDir);
  const stateDir = await mkdtemp(join(tmpdir(), 'lifeline-state-'));
  const clock = { now: new Date() };
  const verify = createTufVerifier({ limits: TEST_LIMITS });
  const h: Harness = {
    repo,
    server,
    stateDir,
    clock,
    ctx: (fs = createFsPort()) => ({
      fs,
      layout: stateLayout(stateDir),
      verify,
      clock: () => clock.now,
      lock: { waitMs: 10_000, pollMs: 20 },
      retry: { sleep: async () => {} },
    }),
    sync: (o = {}) =>
      runSync(h.ctx(o.fs), { sources: o.sources ?? [{ location: server.url, insecure: false }], root: o.root ?? repo.rootBytes }),
    local: () => readLocalState(createFsPort(), stateLayout(stateDir)),
    async cleanup() {
      await server.close();
      await repo.cleanup();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
  if (options.install !== false) {
    const first = await h.sync();
    assert.equal(first.result, 'installed', first.message);
  }
  return h;
}

export function floorOf(state: TrustedState): Record<string, number> {
  return Object.fromEntries(ROLES.map((r) => [r, state.roles[r].version]));
}

/** The fault must leave: a failed outcome with a clear message, the last good bundle active and intact, the floor not lowered. */
export async function assertKept(
  h: Harness,
  outcome: SyncOutcome,
  expect: { version: number; message: RegExp; floor: Record<string, number> },
): Promise<void> {
  assert.equal(outcome.ok, false, `expected a failure, got: ${outcome.message}`);
  assert.equal(outcome.result, 'failed');
  assert.match(outcome.message, expect.message);
  assert.doesNotMatch(outcome.message, /\n|at .*\.ts:\d+/, 'one line, no stack trace');
  assert.match(outcome.message, new RegExp(`kept acme-support version ${expect.version}`));
  const local = await h.local();
  assert.ok(local.active, 'a verified generation is active');
  assert.equal(local.active.manifest.bundle.version, expect.version);
  assert.equal(local.recovered, null, 'the active generation re-checks clean');
  for (const [role, version] of Object.entries(expect.floor)) {
    assert.ok(local.trusted.roles[role as keyof TrustedState['roles']].version >= version, `${role} floor not lowered`);
  }
  assert.equal(outcome.status.lastError !== null, true);
  assert.equal(outcome.status.version, expect.version);
}

/** A fresh harness for every test of the calling file, cleaned up after; returns its accessor. */
export function freshHarnessPerTest(options: { install?: boolean } = {}): () => Harness {
  let current: Harness | null = null;
  beforeEach(async () => {
    await current?.cleanup();
    current = await createHarness(options);
  });
  after(() => current?.cleanup());
  return () => {
    assert.ok(current, 'the harness is created before each test');
    return current;
  };
}
