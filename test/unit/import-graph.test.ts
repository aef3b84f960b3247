// No import cycles, type-only imports included (import-x/no-cycle skips those): neither between files
// nor between the folders of main/ and renderer/src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : [],
  );
}

function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of ['main', 'preload', 'renderer'].flatMap(sources)) {
    const targets = new Set<string>();
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      targets.add(relative(root, normalize(join(root, dirname(file), m[1] ?? m[2] ?? ''))));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Folder that counts as one unit: main/domain/<x> (tuf/<side>), main/<program>, renderer/src/<x>. */
function unitOf(file: string): string {
  const parts = dirname(file).split('/');
  if (parts[0] === 'main' && parts[1] === 'domain') return parts.slice(0, parts[2] === 'tuf' ? 4 : 3).join('/');
  if (parts[0] === 'renderer' && parts[1] === 'src') return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.get(node) !== undefined) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

test('no import cycle between files, type-only imports included', () => {
  const cycle = findCycle(importGraph());
  assert.equal(cycle, null, `cycle: ${cycle?.join(' -> ')}`);
});

test('no import cycle between folders of main/ and renderer/src/', () => {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of importGraph()) {
    const from = unitOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (unitOf(target) !== from) edges.add(unitOf(target));
    folders.set(from, edges);
  }
  const cycle = findCycle(folders);
  assert.equal(cycle, null, `cycle: ${cycle?.join(' -> ')}`);
});

test('the cycle finder finds a planted cycle', () => {
  const planted = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
  ]);
  assert.deepEqual(findCycle(planted), ['a', 'b', 'c', 'a']);
});
