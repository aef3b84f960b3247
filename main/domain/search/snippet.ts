// The matched text of a hit: the first labelled part of the document holding a matched term, cut to a
// window around it, as segments with the matched words marked.
import type { SearchDoc } from './documents.ts';
import { tokenize } from './tokenize.ts';
import type { TextSegment } from '../../model/search.ts';

const WINDOW = 90;
const ASCII = /^[ -~\t]*$/;

export interface Snippet {
  field: string;
  matched: TextSegment[];
}

function segmentsOf(text: string, ranges: [number, number][]): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

function windowAround(text: string, ranges: [number, number][]): { text: string; ranges: [number, number][] } {
  const first = ranges[0]?.[0] ?? 0;
  if (text.length <= WINDOW * 2) return { text, ranges };
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - WINDOW / 3)) + 1);
  const to = Math.min(text.length, from + WINDOW * 2);
  const cut = text.slice(from, to);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shifted = ranges
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s - from + prefix.length, e - from + prefix.length]);
  return { text: prefix + cut + suffix, ranges: shifted };
}

/** `terms`: matched index terms; `phone`: digits typed, when a phone number matched. */
export function snippetOf(doc: SearchDoc, terms: Set<string>, phoneDigits: string[]): Snippet {
  if (phoneDigits.length > 0) {
    const phone = doc.phones.find((p) => phoneDigits.some((d) => p.dial.replace(/\D/g, '').includes(d) || `0${p.dial}`.includes(d)));
    if (phone) return { field: 'phone', matched: [{ text: phone.display, match: true }] };
  }
  const plain = [...terms];
  for (const part of doc.parts) {
    for (const line of part.text.split('\n')) {
      // Cheap test first; only lines that may hold a match are tokenized (non-ASCII lines always are).
      const lower = line.toLowerCase();
      if (ASCII.test(line) && !plain.some((t) => lower.includes(t))) continue;
      const ranges = tokenize(line)
        .filter((t) => terms.has(t.surface) || terms.has(t.stem))
        .map((t): [number, number] => [t.start, t.end]);
      if (ranges.length === 0) continue;
      const cut = windowAround(line, ranges);
      return { field: part.label, matched: segmentsOf(cut.text, cut.ranges) };
    }
  }
  const first = doc.parts[0];
  return { field: first?.label ?? 'name', matched: [{ text: first?.text ?? doc.title, match: false }] };
}
