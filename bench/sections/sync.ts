// Sync figures: verify + install of a 10 MB bundle, and what a no-change sync and a timestamp-only
// refresh cost on the wire.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPort } from '../../main/storage/fs-port.ts';
import { stateLayout } from '../../main/storage/layout.ts';
import { readLocalState } from '../../main/storage/local-state.ts';
import { runSync } from '../../main/sync/sync-once.ts';
import { createTufVerifier } from '../../main/sync/tuf-verifier.ts';
import { startFaultServer } from '../../test/helpers/fault-server.ts';
import { createTestRepo, sampleBundle } from '../../test/helpers/tuf-repo.ts';
import { medianMs, type Figure, type Section } from '../report.ts';

const RUNS = 3;

function tenMegabyteBundle(title: string) {
  const bundle = sampleBundle({ title });
  // Ten runbooks of ~1 MB of text each: a very large organisation's plans.
  bundle.runbooks = Array.from({ length: 10 }, (_, i) => ({ ...bundle.runbooks[0]!, id: `runbook-${i}`, body: randomBytes(768 * 1024).toString('base64') }));
  bundle.services[0]!.runbooks = bundle.runbooks.map((r) => r.id);
  return bundle;
}

export const section: Section = {
  name: 'sync: verify + install, no-change sync',
  async run(): Promise<Figure[]> {
    const repo = await createTestRepo();
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-'));
    const server = await startFaultServer(repo.repoDir);
    try {
      await repo.publish(tenMegabyteBundle('bench'));
      const bundlePath = join(repo.repoDir, await repo.currentFile('bundle'));
      const bundleBytes = await readFile(bundlePath);
      const verify = createTufVerifier();
      let n = 0;
      const freshState = () => join(work, `state-${++n}`);
      const ctx = (stateDir: string) => ({ fs: createFsPort(), layout: stateLayout(stateDir), verify, clock: () => new Date() });
      const sources = [{ location: server.url, insecure: false }];
      const copyMs = await medianMs(RUNS, () => copyFile(bundlePath, join(work, `copy-${++n}`)));
      const parseMs = await medianMs(RUNS, () => JSON.parse(bundleBytes.toString('utf8')));
      const fullMs = await medianMs(RUNS, async () => {
        const outcome = await runSync(ctx(freshState()), { sources, root: repo.rootBytes });
        if (outcome.result !== 'installed') throw new Error(outcome.message);
      });
      const dirMs = await medianMs(RUNS, () => runSync(ctx(freshState()), { sources: [{ location: repo.repoDir, insecure: false }], root: repo.rootBytes }));
      // No-change sync against an installed state: count what goes over the wire.
      const state = freshState();
      server.resetCounters();
      await runSync(ctx(state), { sources, root: repo.rootBytes });
      const firstRequests = server.requests.length;
      const firstBytes = server.bytesSent;
      server.resetCounters();
      const noChangeMs = await medianMs(RUNS, async () => {
        const outcome = await runSync(ctx(state), { sources, root: repo.rootBytes });
        if (outcome.result !== 'unchanged') throw new Error(outcome.message);
      });
      const requests = server.requests.length / RUNS;
      const bytes = server.bytesSent / RUNS;
      // The publisher's cron re-signs only the timestamp: the bundle itself did not change, so the
      // held targets metadata and bundle are re-checked, not downloaded, and no generation is added.
      const generationsBefore = (await readLocalState(createFsPort(), stateLayout(state))).manifests.length;
      let refreshRequests = 0;
      let refreshBytes = 0;
      const refreshMs = await medianMs(RUNS, async () => {
        await repo.timestamp();
        server.resetCounters();
        const outcome = await runSync(ctx(state), { sources, root: repo.rootBytes });
        if (outcome.result !== 'unchanged' || !/fresher/.test(outcome.message)) throw new Error(`timestamp-only refresh: ${outcome.message}`);
        refreshRequests += server.requests.length / RUNS;
        refreshBytes += server.bytesSent / RUNS;
      });
      const generationsAfter = (await readLocalState(createFsPort(), stateLayout(state))).manifests.length;
      const recheckMs = await medianMs(RUNS, () => readLocalState(createFsPort(), stateLayout(state)));
      const mb = bundleBytes.length / 1e6;
      return [
        { label: `bundle size`, value: mb, unit: 'MB' },
        { label: 'verify + install over loopback HTTP', value: fullMs, unit: 'ms', baseline: { label: 'plain file copy', value: copyMs } },
        { label: 'verify + install, same vs JSON.parse', value: fullMs, unit: 'ms', baseline: { label: 'plain JSON.parse', value: parseMs } },
        { label: 'verify + install from a directory', value: dirMs, unit: 'ms', baseline: { label: 'plain file copy', value: copyMs } },
        { label: 'start-up re-check of the active generation', value: recheckMs, unit: 'ms', baseline: { label: 'plain JSON.parse', value: parseMs } },
        { label: 'first sync: requests', value: firstRequests, unit: 'req' },
        { label: 'first sync: bytes transferred', value: firstBytes / 1e3, unit: 'kB' },
        { label: 'no-change sync: requests', value: requests, unit: 'req', baseline: { label: 'first sync', value: firstRequests } },
        { label: 'no-change sync: bytes transferred', value: bytes / 1e3, unit: 'kB', baseline: { label: 'first sync', value: firstBytes / 1e3 } },
        { label: 'no-change sync: wall time', value: noChangeMs, unit: 'ms', baseline: { label: 'full verify + install', value: fullMs } },
        { label: 'timestamp-only refresh: requests', value: refreshRequests, unit: 'req', baseline: { label: 'first sync', value: firstRequests } },
        { label: 'timestamp-only refresh: bytes transferred', value: refreshBytes / 1e3, unit: 'kB', baseline: { label: 'first sync', value: firstBytes / 1e3 } },
        { label: 'timestamp-only refresh: wall time', value: refreshMs, unit: 'ms', baseline: { label: 'full verify + install', value: fullMs } },
        { label: 'timestamp-only refresh: generations added', value: generationsAfter - generationsBefore, unit: 'gen' },
      ];
    } finally {
      await server.close();
      await repo.cleanup();
      await rm(work, { recursive: true, force: true });
    }
  },
};
