// Runs a planned query over the compact index: every required group must match (AND); only if none
// does, fuzzy neighbours are tried for every word, and only then any word (OR). Accumulators are dense
// arrays over documents, so a query touches only the postings of its (capped) expansions.
import type { CompactIndex } from './compact-index.ts';
import { addFuzzy, type Expansion, type Group } from './query-plan.ts';

export interface Scored {
  doc: number;
  score: number;
}

export interface Execution {
  hits: Scored[];
  /** Expansions that contributed to at least one hit, per group. */
  used: Expansion[][];
  anyWord: boolean;
}

/** Weight of a phone-number match, comparable to a title word. */
const PHONE_SCORE = 12;
const ALL_IN_TITLE = 1.6;

class Accumulator {
  readonly total: Float64Array;
  readonly matched: Uint8Array;
  readonly inTitle: Uint8Array;
  readonly best: Float32Array;
  readonly bestTitle: Uint8Array;
  readonly touched: number[] = [];

  constructor(size: number) {
    this.total = new Float64Array(size);
    this.matched = new Uint8Array(size);
    this.inTitle = new Uint8Array(size);
    this.best = new Float32Array(size);
    this.bestTitle = new Uint8Array(size);
  }

  clear(): void {
    for (const doc of this.touched) {
      this.total[doc] = 0;
      this.matched[doc] = 0;
      this.inTitle[doc] = 0;
    }
    this.touched.length = 0;
  }
}

function addPosting(acc: Accumulator, groupDocs: number[], doc: number, score: number, title: boolean): void {
  if (acc.best[doc] === 0) {
    groupDocs.push(doc);
    if (acc.total[doc] === 0 && acc.matched[doc] === 0) acc.touched.push(doc);
  }
  if (score > (acc.best[doc] as number)) acc.best[doc] = score;
  if (title) acc.bestTitle[doc] = 1;
}

function scoreGroup(index: CompactIndex, acc: Accumulator, group: Group): void {
  const groupDocs: number[] = [];
  for (const e of group.expansions) {
    if (e.how === 'phone') {
      // Longer fragments of a number are worth more; the whole number most.
      const score = PHONE_SCORE * Math.min(1, e.term.length / 10) + 1;
      for (let i = e.id; i <= e.last; i++) addPosting(acc, groupDocs, index.phoneDoc[i] as number, score, false);
      continue;
    }
    const end = index.postStart[e.id + 1] as number;
    for (let i = index.postStart[e.id] as number; i < end; i++) {
      addPosting(acc, groupDocs, index.postDoc[i] as number, (index.postScore[i] as number) * e.weight, index.postTitle[i] === 1);
    }
  }
  for (const doc of groupDocs) {
    acc.total[doc] = (acc.total[doc] as number) + (acc.best[doc] as number);
    if (!group.optional) acc.matched[doc] = (acc.matched[doc] as number) + 1;
    if (acc.bestTitle[doc] && !group.optional) acc.inTitle[doc] = (acc.inTitle[doc] as number) + 1;
    acc.best[doc] = 0;
    acc.bestTitle[doc] = 0;
  }
}

function collect(acc: Accumulator, required: number, needAll: boolean): Scored[] {
  const hits: Scored[] = [];
  for (const doc of acc.touched) {
    const matched = acc.matched[doc] as number;
    if (needAll ? matched < required : matched === 0 && required > 0) continue;
    let score = acc.total[doc] as number;
    if (required > 0 && acc.inTitle[doc] === required) score *= ALL_IN_TITLE;
    // Under OR, documents with more of the words come first.
    if (!needAll && required > 0) score *= matched / required;
    hits.push({ doc, score });
  }
  return hits;
}

function run(index: CompactIndex, acc: Accumulator, groups: Group[], needAll: boolean): Scored[] {
  acc.clear();
  for (const group of groups) scoreGroup(index, acc, group);
  return collect(acc, groups.filter((g) => !g.optional).length, needAll);
}

export function createExecutor(index: CompactIndex, byLength: Map<number, number[]>) {
  const acc = new Accumulator(index.docs.length);
  return (groups: Group[]): Execution => {
    if (groups.length === 0) return { hits: [], used: [], anyWord: false };
    let hits = run(index, acc, groups, true);
    if (hits.length === 0) {
      for (const g of groups) addFuzzy(index, g, byLength);
      hits = run(index, acc, groups, true);
    }
    let anyWord = false;
    if (hits.length === 0 && groups.length > 1) {
      hits = run(index, acc, groups, false);
      anyWord = true;
    }
    return { hits, used: groups.map((g) => g.expansions), anyWord };
  };
}
