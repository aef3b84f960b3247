// Turns a query into groups, one per word or phone fragment, each with its expansions into index
// terms: exact (surface, stem), then prefix completions, then bounded fuzzy neighbours, each capped.
import { lowerBound, postingCount, termId, type CompactIndex } from './compact-index.ts';
import { allowedEdits, withinDistance } from './fuzzy.ts';
import { digitRuns } from './phone.ts';
import { isStopWord, tokenize } from './tokenize.ts';
import { MAX_QUERY_CHARS } from '../../model/search.ts';

export type How = 'exact' | 'stem' | 'prefix' | 'fuzzy' | 'phone';

export interface Expansion {
  /** A term id in the word vocabulary, or for `phone` the first..last positions in the phone vocabulary. */
  id: number;
  last: number;
  term: string;
  weight: number;
  how: How;
}

export interface Group {
  text: string;
  /** Stop words are matched when present but never required. */
  optional: boolean;
  expansions: Expansion[];
  /** Characters of the query this group covers (to keep typed words in `tried`). */
  fuzzyTried: boolean;
}

export const MAX_GROUPS = 8;
export const PREFIX_CAP = 24;
export const FUZZY_CAP = 12;
export const PHONE_CAP = 64;
const MIN_PREFIX = 2;
const WEIGHT = { exact: 1, stem: 0.85, prefix: 0.55, fuzzy1: 0.4, fuzzy2: 0.25, phone: 1 };

/** Cuts a pasted novel to a bounded query, silently, without splitting a surrogate pair. */
export function boundQuery(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length <= MAX_QUERY_CHARS) return trimmed;
  return Array.from(trimmed.slice(0, MAX_QUERY_CHARS + 1))
    .join('')
    .slice(0, MAX_QUERY_CHARS)
    .replace(/[\uD800-\uDBFF]$/, '');
}

function exactExpansions(index: CompactIndex, surface: string, stem: string): Expansion[] {
  const out: Expansion[] = [];
  const s = termId(index, surface);
  if (s >= 0) out.push({ id: s, last: s, term: surface, weight: WEIGHT.exact, how: 'exact' });
  const t = stem !== surface ? termId(index, stem) : -1;
  if (t >= 0) out.push({ id: t, last: t, term: stem, weight: WEIGHT.stem, how: 'stem' });
  return out;
}

function prefixExpansions(index: CompactIndex, surface: string): Expansion[] {
  if (surface.length < MIN_PREFIX) return [];
  const found: Expansion[] = [];
  // Closest completions first: a bounded window scan of the sorted vocabulary.
  for (let i = lowerBound(index.terms, surface); i < index.terms.length && found.length < PREFIX_CAP * 8; i++) {
    const term = index.terms[i] as string;
    if (!term.startsWith(surface)) break;
    if (term === surface) continue;
    found.push({ id: i, last: i, term, weight: WEIGHT.prefix * (surface.length / term.length) ** 0.5, how: 'prefix' });
  }
  return found.sort((a, b) => a.term.length - b.term.length || postingCount(index, b.id) - postingCount(index, a.id)).slice(0, PREFIX_CAP);
}

export function fuzzyExpansions(index: CompactIndex, surface: string, byLength: Map<number, number[]>): Expansion[] {
  const max = allowedEdits(surface.length);
  if (max === 0 || /^\d+$/.test(surface)) return [];
  const found: { e: Expansion; d: number }[] = [];
  for (let len = surface.length - max; len <= surface.length + max; len++) {
    for (const id of byLength.get(len) ?? []) {
      const term = index.terms[id] as string;
      // Slips keep the first or the second letter in place; this skips most words before any DP.
      if (term.charCodeAt(0) !== surface.charCodeAt(0) && term.charCodeAt(1) !== surface.charCodeAt(1)) continue;
      const d = withinDistance(surface, term, max);
      if (d === 0 || d > max) continue;
      found.push({ e: { id, last: id, term, weight: d === 1 ? WEIGHT.fuzzy1 : WEIGHT.fuzzy2, how: 'fuzzy' }, d });
    }
  }
  found.sort((a, b) => a.d - b.d || postingCount(index, b.e.id) - postingCount(index, a.e.id));
  return found.slice(0, FUZZY_CAP).map((f) => f.e);
}

function phoneExpansion(index: CompactIndex, digits: string): Expansion[] {
  const first = lowerBound(index.phoneTerms, digits);
  let last = first;
  while (last < index.phoneTerms.length && last - first < PHONE_CAP && (index.phoneTerms[last] as string).startsWith(digits)) last++;
  return last > first ? [{ id: first, last: last - 1, term: digits, weight: WEIGHT.phone, how: 'phone' }] : [];
}

/** Groups with exact and prefix expansions; fuzzy ones are added for words that found nothing. */
export function planQuery(index: CompactIndex, query: string, byLength: Map<number, number[]>): Group[] {
  const groups: Group[] = [];
  const runs = digitRuns(query);
  const inRun = (start: number) => runs.some((r) => start >= r.start && start < r.end);
  for (const run of runs) {
    const phone = phoneExpansion(index, run.digits);
    const words = tokenize(query.slice(run.start, run.end));
    // A lone number may also be an account id or a runbook's figure; phone matches weigh more.
    const exact = words.length === 1 ? exactExpansions(index, words[0]!.surface, words[0]!.surface) : [];
    if (phone.length > 0 || words.length <= 1)
      groups.push({
        text: run.digits,
        optional: false,
        expansions: [...phone, ...exact.map((e) => ({ ...e, weight: 0.5 }))],
        fuzzyTried: false,
      });
    else
      for (const w of words)
        groups.push({ text: w.surface, optional: false, expansions: exactExpansions(index, w.surface, w.surface), fuzzyTried: false });
  }
  for (const token of tokenize(query)) {
    if (inRun(token.start) || groups.some((g) => g.text === token.surface)) continue;
    const expansions = [...exactExpansions(index, token.surface, token.stem), ...prefixExpansions(index, token.surface)];
    const group: Group = { text: token.surface, optional: isStopWord(token.surface), expansions, fuzzyTried: false };
    if (expansions.length === 0) addFuzzy(index, group, byLength);
    groups.push(group);
  }
  if (groups.every((g) => g.optional)) groups.forEach((g) => (g.optional = false));
  return groups.slice(0, MAX_GROUPS);
}

export function addFuzzy(index: CompactIndex, group: Group, byLength: Map<number, number[]>): void {
  if (group.fuzzyTried) return;
  group.fuzzyTried = true;
  const seen = new Set(group.expansions.map((e) => e.term));
  group.expansions.push(...fuzzyExpansions(index, group.text, byLength).filter((e) => !seen.has(e.term)));
}

/** Word ids by length, skipping digit-only terms: the candidate pool of the fuzzy pass. */
export function termsByLength(index: CompactIndex): Map<number, number[]> {
  const map = new Map<number, number[]>();
  index.terms.forEach((term, id) => {
    if (/^\d+$/.test(term)) return;
    let list = map.get(term.length);
    if (!list) map.set(term.length, (list = []));
    list.push(id);
  });
  return map;
}
