// The fixed query mix, derived deterministically from the corpus: each query with the document it must
// find (`kind:id`) and how strictly (vendor names first hit, everything else in the top 5).
import type { Bundle } from '../../main/model/bundle.ts';
import { createRng } from '../generate/random.ts';

export interface BenchQuery {
  kind: 'vendor-name' | 'contact-name' | 'word' | 'two-words' | 'prefix' | 'typo' | 'phone';
  query: string;
  expected: string;
  /** Rank the expected document must reach: 1 for vendor names, 5 otherwise. */
  within: number;
}

const PER_KIND = 75;

/** One slip an engineer makes: a dropped, doubled, swapped or wrong letter, never the first. */
function typo(word: string, pick: (n: number) => number): string {
  const at = 1 + pick(word.length - 2);
  switch (pick(4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1);
  }
}

function phoneForms(display: string, e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const tail = digits.slice(-7);
  const forms = [display, e164, `${tail.slice(0, 3)} ${tail.slice(3)}`, `${tail.slice(0, 3)}-${tail.slice(3)}`, tail];
  if (e164.startsWith('+1')) forms.push(`(${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`);
  return forms;
}

export function queryMix(bundle: Bundle, seed = 1): BenchQuery[] {
  const rng = createRng(seed);
  const pick = (n: number) => rng.int(0, Math.max(0, n - 1));
  const vendors = rng.sample(bundle.vendors, Math.min(bundle.vendors.length, PER_KIND));
  const services = rng.sample(bundle.services, Math.min(bundle.services.length, PER_KIND));
  const contacts = rng.sample(
    [
      ...bundle.vendors.flatMap((v) => v.contacts.map((c, i) => ({ c, id: `contact:${v.id}/${i}` }))),
      ...bundle.services.flatMap((s) => s.contacts.map((c, i) => ({ c, id: `contact:${s.id}/${i}` }))),
    ],
    PER_KIND * 2,
  );
  // Words that occur in more than one name would make "the" expected document a coin toss.
  const wordCount = new Map<string, number>();
  for (const name of [...bundle.vendors.map((v) => v.name), ...bundle.services.map((s) => s.name), ...contacts.map((c) => c.c.name)]) {
    for (const w of name.toLowerCase().split(/\s+/)) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  }
  const distinct = (w: string) => (wordCount.get(w.toLowerCase()) ?? 0) === 1 && w.length >= 6;
  const queries: BenchQuery[] = [];
  for (const v of vendors) {
    queries.push({ kind: 'vendor-name', query: v.name, expected: `vendor:${v.id}`, within: 1 });
    const word = v.name.split(' ')[0]!;
    if (distinct(word)) {
      queries.push({ kind: 'word', query: word.toLowerCase(), expected: `vendor:${v.id}`, within: 5 });
      queries.push({ kind: 'prefix', query: word.slice(0, Math.max(4, word.length - 2)), expected: `vendor:${v.id}`, within: 5 });
      queries.push({ kind: 'typo', query: typo(word, pick), expected: `vendor:${v.id}`, within: 5 });
    }
    const channel = v.channels.find((c) => c.type === 'phone' && c.dial);
    if (channel?.dial)
      for (const form of phoneForms(channel.value, channel.dial))
        queries.push({ kind: 'phone', query: form, expected: `vendor:${v.id}`, within: 5 });
  }
  for (const s of services) queries.push({ kind: 'two-words', query: s.name, expected: `service:${s.id}`, within: 5 });
  for (const { c, id } of contacts.slice(0, PER_KIND)) queries.push({ kind: 'contact-name', query: c.name, expected: id, within: 5 });
  for (const { c, id } of contacts.slice(PER_KIND, PER_KIND + 30)) {
    if (c.phone)
      for (const form of phoneForms(c.phone.display, c.phone.e164).slice(0, 3))
        queries.push({ kind: 'phone', query: form, expected: id, within: 5 });
    const last = c.name.split(' ').pop()!;
    if (distinct(last)) queries.push({ kind: 'typo', query: `${c.name.split(' ')[0]} ${typo(last, pick)}`, expected: id, within: 5 });
  }
  return queries;
}
