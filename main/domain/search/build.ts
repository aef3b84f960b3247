// Builds the compact index with lunr: lunr's builder computes the BM25 weight of every term in every
// field (with the field boosts); we keep those weights as flat postings and drop lunr's object graph.
import lunr from 'lunr';
import type { Bundle } from '../../model/bundle.ts';
import { docListOf, type CompactIndex } from './compact-index.ts';
import { documentsOf, FIELD_BOOST, FIELDS, fieldText, type SearchDoc } from './documents.ts';
import { phoneTerms } from './phone.ts';
import { indexTerms } from './tokenize.ts';

type Posting = { doc: number; score: number; title: boolean };

function lunrIndex(docs: SearchDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  // Our tokenizer did the work (surface + stem); lunr's own pipeline would stem the stems again.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = ((text: unknown) =>
    indexTerms(typeof text === 'string' ? text : '').map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOST[field] });
  docs.forEach((doc, i) => {
    const fields = Object.fromEntries(FIELDS.map((f) => [f, fieldText(doc, f)]));
    builder.add({ ref: String(i), ...fields });
  });
  return builder.build();
}

/** lunr's built index internals (public in its JSON form, untyped in @types/lunr). */
interface LunrInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

function postingsOf(idx: lunr.Index, docs: SearchDoc[]): Map<string, Posting[]> {
  const { invertedIndex, fieldVectors: vectors } = idx as unknown as LunrInternals;
  const byIndex: string[] = [];
  for (const [term, entry] of Object.entries(invertedIndex)) byIndex[entry._index] = term;
  const postings = new Map<string, Posting[]>();
  for (let doc = 0; doc < docs.length; doc++) {
    for (const field of FIELDS) {
      const elements = vectors[`${field}/${doc}`]?.elements ?? [];
      for (let i = 0; i < elements.length; i += 2) {
        const term = byIndex[elements[i] as number] as string;
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        const last = list[list.length - 1];
        // Fields of one document arrive together: merge them into one posting.
        if (last && last.doc === doc) {
          last.score += elements[i + 1] as number;
          last.title ||= field === 'title';
        } else list.push({ doc, score: elements[i + 1] as number, title: field === 'title' });
      }
    }
  }
  return postings;
}

export function buildIndex(bundle: Bundle): CompactIndex {
  const docs = documentsOf(bundle);
  const postings = postingsOf(lunrIndex(docs), docs);
  const terms = [...postings.keys()].sort();
  const total = terms.reduce((n, t) => n + (postings.get(t) as Posting[]).length, 0);
  const postStart = new Uint32Array(terms.length + 1);
  const postDoc = new Uint32Array(total);
  const postScore = new Float32Array(total);
  const postTitle = new Uint8Array(total);
  let at = 0;
  terms.forEach((term, i) => {
    postStart[i] = at;
    for (const p of postings.get(term) as Posting[]) {
      postDoc[at] = p.doc;
      postScore[at] = p.score;
      postTitle[at] = p.title ? 1 : 0;
      at++;
    }
  });
  postStart[terms.length] = at;
  const phones = docs.flatMap((doc, i) => doc.phones.flatMap((p) => phoneTerms(p.dial).map((term) => ({ term, doc: i }))));
  phones.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.doc - b.doc));
  return {
    docs: docListOf(docs),
    terms,
    postStart,
    postDoc,
    postScore,
    postTitle,
    phoneTerms: phones.map((p) => p.term),
    phoneDoc: Uint32Array.from(phones.map((p) => p.doc)),
  };
}
