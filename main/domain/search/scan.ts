// The simple scan that answers while the index is being built or loaded, and the benchmark's naive
// baseline: every document's folded text tested with `includes` for every word, phones by digits.
import type { Bundle } from '../../model/bundle.ts';
import { documentsOf, type SearchDoc } from './documents.ts';
import { empty } from './engine.ts';
import { digitRuns } from './phone.ts';
import { boundQuery } from './query-plan.ts';
import { groupHits, hitOf } from './results.ts';
import { fold, tokenize } from './tokenize.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchOptions, type SearchResults, type TextSegment } from '../../model/search.ts';

interface ScanDoc {
  doc: SearchDoc;
  title: string;
  text: string;
  digits: string;
}

export interface Scanner {
  search(query: string, options?: SearchOptions): SearchResults;
}

function marked(text: string, words: string[]): TextSegment[] {
  const lower = fold(text);
  const word = words.find((w) => lower.includes(w));
  if (word === undefined) return [{ text: text.slice(0, 180), match: false }];
  const at = lower.indexOf(word);
  const from = Math.max(0, at - 40);
  return [
    { text: (from > 0 ? '…' : '') + text.slice(from, at), match: false },
    { text: text.slice(at, at + word.length), match: true },
    { text: text.slice(at + word.length, at + word.length + 120), match: false },
  ].filter((s) => s.text !== '');
}

export function createScanner(bundle: Bundle): Scanner {
  // Raw Markdown is fine for `includes`; it keeps this cheap enough to prepare on the main thread.
  const docs: ScanDoc[] = documentsOf(bundle, (md) => md).map((doc) => ({
    doc,
    title: fold(doc.title),
    text: fold(doc.parts.map((p) => p.text).join('\n')),
    digits: doc.phones.map((p) => p.dial.replace(/\D/g, '')).join(' '),
  }));
  return {
    search(raw, options = {}) {
      const query = boundQuery(raw);
      const runs = digitRuns(query).map((r) => r.digits);
      const words = tokenize(query)
        .map((t) => t.surface)
        .filter((w) => !runs.some((d) => d.includes(w)));
      if (words.length === 0 && runs.length === 0) return { ...empty(query, 'scan') };
      const limit = Math.min(MAX_LIMIT, Math.max(1, options.limit ?? DEFAULT_LIMIT));
      const found: { d: ScanDoc; score: number }[] = [];
      for (const d of docs) {
        if (options.kinds && !options.kinds.includes(d.doc.kind)) continue;
        if (!runs.every((r) => d.digits.includes(r)) || !words.every((w) => d.text.includes(w))) continue;
        found.push({
          d,
          score: (runs.length > 0 ? 4 : 0) + words.filter((w) => d.title.includes(w)).length * 2 + (d.title === fold(query) ? 5 : 0),
        });
      }
      found.sort((a, b) => b.score - a.score);
      const hits = found.slice(0, limit).map(({ d }, i) => {
        const phone = runs.length > 0 ? d.doc.phones[0] : undefined;
        const part = d.doc.parts.find((p) => words.some((w) => fold(p.text).includes(w))) ?? d.doc.parts[0];
        const snippet = phone
          ? { field: 'phone', matched: [{ text: phone.display, match: true }] }
          : { field: part?.label ?? 'name', matched: marked(part?.text ?? d.doc.title, words) };
        return hitOf(d.doc, snippet, i + 1);
      });
      return {
        query,
        groups: groupHits(hits),
        total: found.length,
        tried: { terms: [...runs, ...words], similar: [], anyWord: false },
        source: 'scan',
      };
    },
  };
}

const scanners = new WeakMap<Bundle, Scanner>();

/** Scans a bundle, preparing its scanner once per bundle object. */
export function scanBundle(bundle: Bundle, query: string, options?: SearchOptions): SearchResults {
  let scanner = scanners.get(bundle);
  if (!scanner) scanners.set(bundle, (scanner = createScanner(bundle)));
  return scanner.search(query, options);
}
