// Search figures at `--docs` documents: the query mix through the same search service the app uses
// (worker thread, stored index of the published and synced generation), its quality, the index's
// build, size, load and heap, and the naive scan and MiniSearch p95 on the same corpus and queries.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../main/domain/search/build.ts';
import { INDEX_FILE } from '../../main/domain/search/index-store.ts';
import { createSearchService } from '../../main/domain/search/service.ts';
import { spawnSearchWorker } from '../../main/domain/search/spawn-worker.ts';
import { medianMs, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { miniSearcher, scanSearcher } from '../search/baselines.ts';
import { publishedCorpus } from '../search/corpus.ts';
import { queryMix, type BenchQuery } from '../search/queries.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function timeAll(
  queries: BenchQuery[],
  run: (q: string) => Promise<string[]> | string[],
): Promise<{ times: number[]; found: boolean[] }> {
  for (const q of queries.slice(0, 50)) await run(q.query); // warm-up
  const times: number[] = [];
  const found: boolean[] = [];
  for (const q of queries) {
    const started = performance.now();
    const keys = await run(q.query);
    times.push(performance.now() - started);
    found.push(keys.slice(0, q.within).includes(q.expected));
  }
  times.sort((a, b) => a - b);
  return { times, found };
}

export const section: Section = {
  name: 'search',
  title: 'the query mix through the app’s search service, against a naive scan and MiniSearch',
  async run(options: BenchOptions): Promise<Figure[]> {
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-search-'));
    try {
      const { active, bundle } = await publishedCorpus(work, options.docs);
      const queries = queryMix(bundle);
      const buildMs = await medianMs(options.quick ? 1 : 2, () => buildIndex(bundle));
      const service = createSearchService({ active: async () => active, spawnWorker: () => spawnSearchWorker() });
      let loadMs = 0;
      let heapBytes = 0;
      try {
        await service.prepare(); // first open: builds and stores the index
        await service.close();
        // The load as the worker times it (bounded read, checksum, decode, engine set-up); the
        // worker's own start (here: compiling TypeScript through tsx) is not part of it.
        const loads: number[] = [];
        for (let i = 0; i < runsFor(options, 3); i++) {
          await service.prepare();
          const opened = service.lastOpen();
          if (!opened || opened.rebuiltBecause !== null) throw new Error(`expected a load, got ${opened?.rebuiltBecause}`);
          loads.push(opened.ms);
          heapBytes = opened.heapBytes;
          await service.close();
        }
        loadMs = percentile(
          loads.sort((a, b) => a - b),
          0.5,
        );
        await service.prepare();
        const engine = await timeAll(queries, async (q) =>
          (await service.search(q)).groups
            .flatMap((g) => g.hits)
            .sort((a, b) => a.rank - b.rank)
            .map((h) => `${h.kind}:${h.id}`),
        );
        const scan = await timeAll(queries, scanSearcher(bundle));
        const mini = miniSearcher(bundle);
        const miniRun = await timeAll(queries, mini.search);
        const indexBytes = (await stat(join(active.ref.dir, INDEX_FILE))).size;
        const quality = engine.found.filter(Boolean).length / queries.length;
        const byKind = new Map<string, [number, number]>();
        queries.forEach((q, i) => {
          const [ok, all] = byKind.get(q.kind) ?? [0, 0];
          byKind.set(q.kind, [ok + (engine.found[i] ? 1 : 0), all + 1]);
        });
        const p95 = percentile(engine.times, 0.95);
        return [
          { label: 'documents (vendors + contacts + services + runbooks)', value: options.docs, unit: '' },
          { label: 'queries in the mix', value: queries.length, unit: '' },
          {
            key: 'search_p50_ms',
            label: 'search p50 (service, worker round trip)',
            value: percentile(engine.times, 0.5),
            unit: 'ms',
            target: '<= 2',
          },
          {
            key: 'search_p95_ms',
            label: 'search p95',
            value: p95,
            unit: 'ms',
            target: '<= 13, below scan and MiniSearch',
            baseline: { label: 'MiniSearch p95', value: percentile(miniRun.times, 0.95) },
          },
          {
            key: 'search_quality',
            label: 'expected document found (vendor names first, else top 5)',
            value: quality,
            unit: '',
            target: '>= 0.95',
          },
          ...[...byKind].map(([kind, [ok, all]]) => ({ label: `  quality: ${kind} (${all})`, value: ok / all, unit: '' })),
          { key: 'index_build_ms', label: 'index build (lunr builder + compact postings)', value: buildMs, unit: 'ms' },
          { key: 'index_bytes', label: 'stored index size', value: indexBytes, unit: 'B' },
          {
            key: 'index_load_ms',
            label: 'stored index load in the worker (read, checksum, decode)',
            value: loadMs,
            unit: 'ms',
            target: '<= 500',
          },
          { key: 'heap_mb', label: 'search worker heap after load', value: heapBytes / 1048576, unit: 'MB', target: '<= 150' },
          { key: 'scan_p95_ms', label: 'naive scan p95 (same queries)', value: percentile(scan.times, 0.95), unit: 'ms' },
          { label: '  naive scan quality', value: scan.found.filter(Boolean).length / queries.length, unit: '' },
          { key: 'minisearch_p95_ms', label: 'MiniSearch (defaults) p95', value: percentile(miniRun.times, 0.95), unit: 'ms' },
          { label: '  MiniSearch quality', value: miniRun.found.filter(Boolean).length / queries.length, unit: '' },
          { label: '  MiniSearch index build', value: mini.buildMs, unit: 'ms' },
        ];
      } finally {
        await service.close();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
