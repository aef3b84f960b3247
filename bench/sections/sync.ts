// Sync figures: verify + install of a 10 MB bundle against its floor, what a no-change sync and a
// timestamp-only refresh cost on the wire, and whether a root rotation is in force after one sync.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPort } from '../../main/domain/files/fs-port.ts';
import { stateLayout } from '../../main/domain/storage/layout.ts';
import { readLocalState } from '../../main/domain/storage/local-state.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { startFaultServer } from '../../test/helpers/fault-server.ts';
import { createTestRepo, sampleBundle } from '../../test/helpers/tuf-repo.ts';
import { medianMs, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { measureInstallFloor } from './install-floor.ts';

function tenMegabyteBundle(title: string) {
  const bundle = sampleBundle({ title });
  // Ten runbooks of ~1 MB of text each: a very large organisation's plans.
  bundle.runbooks = Array.from({ length: 10 }, (_, i) => ({
    ...bundle.runbooks[0]!,
    id: `runbook-${i}`,
    body: randomBytes(768 * 1024).toString('base64'),
  }));
  bundle.services[0]!.runbooks = bundle.runbooks.map((r) => r.id);
  return bundle;
}

const verify = createTufVerifier();
const syncContext = (stateDir: string) => ({ fs: createFsPort(), layout: stateLayout(stateDir), verify, clock: () => new Date() });

/** Root version 2 shipped with the timestamp untouched: is it the trusted root after one sync? */
async function rotationPickedUp(work: string): Promise<boolean> {
  const repo = await createTestRepo();
  try {
    await repo.publish();
    const state = join(work, 'rotation-state');
    const sources = [{ location: repo.repoDir, insecure: false }];
    if ((await runSync(syncContext(state), { sources, root: repo.rootBytes })).result !== 'installed') return false;
    await repo.rotate({ root: 1 });
    await copyFile(join(repo.keysDir, 'roots', '2.root.json'), join(repo.repoDir, 'metadata', '2.root.json'));
    const outcome = await runSync(syncContext(state), { sources, root: repo.rootBytes });
    const local = await readLocalState(createFsPort(), stateLayout(state));
    return outcome.ok && local.trusted.roles.root.version === 2 && local.active?.manifest.versions.root === 2;
  } finally {
    await repo.cleanup();
  }
}

export const section: Section = {
  name: 'sync',
  title: 'verify + install of a 10 MB bundle, no-change sync, root rotation',
  async run(options: BenchOptions): Promise<Figure[]> {
    const runs = runsFor(options);
    const repo = await createTestRepo();
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-'));
    const server = await startFaultServer(repo.repoDir);
    try {
      await repo.publish(tenMegabyteBundle('bench'));
      const bundleBytes = await readFile(join(repo.repoDir, await repo.currentFile('bundle')));
      let n = 0;
      const freshState = () => join(work, `state-${++n}`);
      const sources = [{ location: server.url, insecure: false }];
      const floor = await measureInstallFloor({ url: server.url, rootBytes: repo.rootBytes, bundleBytes, work, runs });
      const fullMs = await medianMs(runs, async () => {
        const outcome = await runSync(syncContext(freshState()), { sources, root: repo.rootBytes });
        if (outcome.result !== 'installed') throw new Error(outcome.message);
      });
      // No-change sync against an installed state: count what goes over the wire.
      const state = freshState();
      server.resetCounters();
      await runSync(syncContext(state), { sources, root: repo.rootBytes });
      const firstRequests = server.requests.length;
      const firstBytes = server.bytesSent;
      server.resetCounters();
      const noChangeMs = await medianMs(
        runs,
        async () => {
          const outcome = await runSync(syncContext(state), { sources, root: repo.rootBytes });
          if (outcome.result !== 'unchanged') throw new Error(outcome.message);
        },
        0,
      );
      const requests = server.requests.length / runs;
      const bytes = server.bytesSent / runs;
      // The publisher's cron re-signs only the timestamp: nothing but small metadata is downloaded.
      let refreshRequests = 0;
      const refreshMs = await medianMs(runs, async () => {
        await repo.timestamp();
        server.resetCounters();
        const outcome = await runSync(syncContext(state), { sources, root: repo.rootBytes });
        if (outcome.result !== 'unchanged' || !/fresher/.test(outcome.message))
          throw new Error(`timestamp-only refresh: ${outcome.message}`);
        refreshRequests = server.requests.length;
      });
      const recheckMs = await medianMs(runs, () => readLocalState(createFsPort(), stateLayout(state)));
      const floorLabel = 'install floor (same run)';
      return [
        { label: 'bundle size', value: bundleBytes.length / 1e6, unit: 'MB' },
        {
          key: 'verify_install_ms',
          label: 'verify + install over loopback HTTP',
          value: fullMs,
          unit: 'ms',
          target: '<= 300 and <= 1.4 x install_floor_ms',
          baseline: { label: floorLabel, value: floor.totalMs },
        },
        {
          key: 'install_floor_ms',
          label: 'floor: tuf-js refresh + download, sha256, JSON.parse, fsync write',
          value: floor.totalMs,
          unit: 'ms',
        },
        { label: '  floor part: tuf-js refresh + download', value: floor.tufMs, unit: 'ms' },
        { label: '  floor part: sha256 / JSON.parse / fsync write', value: floor.sha256Ms + floor.parseMs + floor.writeMs, unit: 'ms' },
        {
          label: 'start-up re-check of the active generation',
          value: recheckMs,
          unit: 'ms',
          baseline: { label: 'floor: JSON.parse', value: floor.parseMs },
        },
        { label: 'first sync: requests / kB', value: firstRequests, unit: `req, ${(firstBytes / 1e3).toFixed(0)} kB` },
        {
          key: 'nochange_sync_requests',
          label: 'no-change sync: requests (root probe and timestamp)',
          value: requests,
          unit: 'req',
          target: '<= 2',
        },
        { key: 'nochange_sync_bytes', label: 'no-change sync: bytes received', value: bytes, unit: 'B', target: '<= 4096' },
        { label: 'no-change sync: wall time', value: noChangeMs, unit: 'ms', baseline: { label: 'full verify + install', value: fullMs } },
        { label: 'timestamp-only refresh: requests', value: refreshRequests, unit: 'req' },
        {
          label: 'timestamp-only refresh: wall time',
          value: refreshMs,
          unit: 'ms',
          baseline: { label: 'full verify + install', value: fullMs },
        },
        {
          key: 'rotation_picked_up',
          label: 'root rotation with the timestamp unchanged in force after one sync',
          value: await rotationPickedUp(work),
          unit: '',
          target: 'true',
        },
      ];
    } finally {
      await server.close();
      await repo.cleanup();
      await rm(work, { recursive: true, force: true });
    }
  },
};
