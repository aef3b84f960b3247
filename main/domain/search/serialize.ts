// The stored index file: magic, a JSON header (format, the hash of the bundle it was built from, the
// vocabularies), the posting arrays, the documents as JSON bytes parsed only when shown, and a sha256
// over all of it. Anything truncated, corrupt, of another format or built from another bundle decodes
// as a reason, never a throw.
import { createHash } from 'node:crypto';
import { lazyDocList, type CompactIndex } from './compact-index.ts';
import { SEARCH_KINDS } from '../../model/search.ts';
import { fail, ok, type Result } from '../../model/result.ts';

export const INDEX_FORMAT = 2;
const MAGIC = Buffer.from('LLSEARCH');
const DIGEST = 32;

interface Header {
  format: number;
  bundleHash: string;
  docCount: number;
  terms: string[];
  phoneTerms: string[];
  postings: number;
}

export type IndexRead = Result<CompactIndex>;

const align4 = (n: number) => (n + 3) & ~3;
type Flat = Uint32Array | Float32Array | Uint8Array;

export function encodeIndex(index: CompactIndex, bundleHash: string): Buffer {
  const count = index.docs.length;
  const header: Header = {
    format: INDEX_FORMAT,
    bundleHash,
    docCount: count,
    terms: index.terms,
    phoneTerms: index.phoneTerms,
    postings: index.postDoc.length,
  };
  const json = Buffer.from(JSON.stringify(header));
  const docBytes = Array.from({ length: count }, (_, i) => Buffer.from(JSON.stringify(index.docs.get(i))));
  const docOffsets = new Uint32Array(count + 1);
  docBytes.forEach((b, i) => (docOffsets[i + 1] = (docOffsets[i] as number) + b.length));
  const kinds = Uint8Array.from({ length: count }, (_, i) => SEARCH_KINDS.indexOf(index.docs.kind(i)));
  // Four-byte arrays first, then the byte arrays: every typed array starts aligned.
  const arrays: Flat[] = [index.postStart, index.postDoc, index.postScore, index.phoneDoc, docOffsets, index.postTitle, kinds];
  const arraysStart = align4(MAGIC.length + 4 + json.length);
  const blob = Buffer.concat(docBytes);
  const out = Buffer.alloc(arraysStart + arrays.reduce((n, a) => n + a.byteLength, 0) + blob.length + DIGEST);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(json.length, MAGIC.length);
  json.copy(out, MAGIC.length + 4);
  let at = arraysStart;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  blob.copy(out, at);
  at += blob.length;
  createHash('sha256').update(out.subarray(0, at)).digest().copy(out, at);
  return out;
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Partial<Header>;
  return (
    typeof h.format === 'number' &&
    typeof h.bundleHash === 'string' &&
    Number.isInteger(h.docCount) &&
    Array.isArray(h.terms) &&
    Array.isArray(h.phoneTerms) &&
    Number.isInteger(h.postings)
  );
}

/** Copies out of the file buffer so arrays are aligned and independent of it. */
function slice<T extends Flat>(make: new (n: number) => T, bytes: Buffer, at: number, count: number): T {
  const array = new make(count);
  Buffer.from(array.buffer).set(bytes.subarray(at, at + array.byteLength));
  return array;
}

export function decodeIndex(bytes: Buffer, expectedHash: string): IndexRead {
  if (bytes.length < MAGIC.length + 4 + DIGEST || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return fail('not a search index file');
  const body = bytes.subarray(0, bytes.length - DIGEST);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(bytes.subarray(bytes.length - DIGEST))
  )
    return fail('checksum mismatch (truncated or corrupt)');
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength).toString('utf8'));
  } catch {
    return fail('unreadable header');
  }
  if (!isHeader(header)) return fail('unexpected header');
  if (header.format !== INDEX_FORMAT) return fail(`index format ${header.format}, expected ${INDEX_FORMAT}`);
  if (header.bundleHash !== expectedHash) return fail('built from another bundle');
  const { docCount: docs, postings: n } = header;
  const terms = header.terms.length;
  const phones = header.phoneTerms.length;
  let at = align4(MAGIC.length + 4 + jsonLength);
  const take = <T extends Flat>(make: new (count: number) => T, count: number, width: number): T => {
    const array = slice(make, bytes, at, count);
    at += count * width;
    return array;
  };
  if (at + (terms + 1 + 2 * n + phones + docs + 1) * 4 + n + docs > body.length) return fail('array lengths do not match the header');
  const postStart = take(Uint32Array, terms + 1, 4);
  const postDoc = take(Uint32Array, n, 4);
  const postScore = take(Float32Array, n, 4);
  const phoneDoc = take(Uint32Array, phones, 4);
  const docOffsets = take(Uint32Array, docs + 1, 4);
  const postTitle = take(Uint8Array, n, 1);
  const kinds = take(Uint8Array, docs, 1);
  const blob = bytes.subarray(at, body.length);
  if (docOffsets[docs] !== blob.length) return fail('document lengths do not match the header');
  const index: CompactIndex = {
    docs: lazyDocList(blob, docOffsets, kinds),
    terms: header.terms,
    postStart,
    postDoc,
    postScore,
    postTitle,
    phoneTerms: header.phoneTerms,
    phoneDoc,
  };
  return consistent(index, docOffsets, kinds) ? ok(index) : fail('postings point outside the index');
}

/** Every posting range, document number, offset and kind in bounds, so queries never read past an array. */
function consistent(index: CompactIndex, docOffsets: Uint32Array, kinds: Uint8Array): boolean {
  const docs = index.docs.length;
  if (index.postStart[0] !== 0 || index.postStart[index.terms.length] !== index.postDoc.length) return false;
  for (let i = 1; i < index.postStart.length; i++) if ((index.postStart[i] as number) < (index.postStart[i - 1] as number)) return false;
  for (let i = 1; i < docOffsets.length; i++) if ((docOffsets[i] as number) < (docOffsets[i - 1] as number)) return false;
  for (const d of index.postDoc) if (d >= docs) return false;
  for (const d of index.phoneDoc) if (d >= docs) return false;
  for (const k of kinds) if (k >= SEARCH_KINDS.length) return false;
  return true;
}
