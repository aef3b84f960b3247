// The stored index file: magic and format version, the hash of the bundle it was built from, a JSON
// header (documents and vocabularies), the posting arrays, and a sha256 over all of it. Anything
// truncated, corrupt, of another format or built from another bundle decodes as a reason, never a throw.
import { createHash } from 'node:crypto';
import type { CompactIndex } from './compact-index.ts';
import type { SearchDoc } from './documents.ts';

export const INDEX_FORMAT = 1;
const MAGIC = Buffer.from('LLSEARCH');
const DIGEST = 32;

interface Header {
  format: number;
  bundleHash: string;
  docs: SearchDoc[];
  terms: string[];
  phoneTerms: string[];
  postings: number;
}

export type IndexRead = { ok: true; index: CompactIndex } | { ok: false; reason: string };

const align4 = (n: number) => (n + 3) & ~3;

export function encodeIndex(index: CompactIndex, bundleHash: string): Buffer {
  const header: Header = { format: INDEX_FORMAT, bundleHash, docs: index.docs, terms: index.terms, phoneTerms: index.phoneTerms, postings: index.postDoc.length };
  const json = Buffer.from(JSON.stringify(header));
  const headStart = MAGIC.length + 4;
  const arraysStart = align4(headStart + json.length);
  const arrays = [index.postStart, index.postDoc, index.postScore, index.phoneDoc, index.postTitle];
  const arrayBytes = arrays.reduce((n, a) => n + a.byteLength, 0);
  const out = Buffer.alloc(arraysStart + arrayBytes + DIGEST);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(json.length, MAGIC.length);
  json.copy(out, headStart);
  let at = arraysStart;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  createHash('sha256').update(out.subarray(0, at)).digest().copy(out, at);
  return out;
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Partial<Header>;
  return typeof h.format === 'number' && typeof h.bundleHash === 'string' && Array.isArray(h.docs) && Array.isArray(h.terms) && Array.isArray(h.phoneTerms) && Number.isInteger(h.postings);
}

/** Copies out of the file buffer so arrays are aligned and independent of it. */
function slice<T extends Uint32Array | Float32Array | Uint8Array>(make: new (n: number) => T, bytes: Buffer, at: number, count: number): T {
  const array = new make(count);
  Buffer.from(array.buffer).set(bytes.subarray(at, at + array.byteLength));
  return array;
}

export function decodeIndex(bytes: Buffer, expectedHash: string): IndexRead {
  if (bytes.length < MAGIC.length + 4 + DIGEST || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { ok: false, reason: 'not a search index file' };
  const body = bytes.subarray(0, bytes.length - DIGEST);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - DIGEST))) return { ok: false, reason: 'checksum mismatch (truncated or corrupt)' };
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength).toString('utf8'));
  } catch {
    return { ok: false, reason: 'unreadable header' };
  }
  if (!isHeader(header)) return { ok: false, reason: 'unexpected header' };
  if (header.format !== INDEX_FORMAT) return { ok: false, reason: `index format ${header.format}, expected ${INDEX_FORMAT}` };
  if (header.bundleHash !== expectedHash) return { ok: false, reason: 'built from another bundle' };
  const terms = header.terms.length;
  const n = header.postings;
  const phones = header.phoneTerms.length;
  const at = align4(MAGIC.length + 4 + jsonLength);
  if (at + (terms + 1) * 4 + n * 9 + phones * 4 !== body.length) return { ok: false, reason: 'array lengths do not match the header' };
  const docAt = at + (terms + 1) * 4;
  const postStart = slice(Uint32Array, bytes, at, terms + 1);
  const postDoc = slice(Uint32Array, bytes, docAt, n);
  const postScore = slice(Float32Array, bytes, docAt + n * 4, n);
  const phoneDoc = slice(Uint32Array, bytes, docAt + n * 8, phones);
  const postTitle = slice(Uint8Array, bytes, docAt + n * 8 + phones * 4, n);
  const index: CompactIndex = { docs: header.docs, terms: header.terms, postStart, postDoc, postScore, postTitle, phoneTerms: header.phoneTerms, phoneDoc };
  return consistent(index) ? { ok: true, index } : { ok: false, reason: 'postings point outside the index' };
}

/** Every posting range and document number in bounds, so queries never read past an array. */
function consistent(index: CompactIndex): boolean {
  const docs = index.docs.length;
  if (index.postStart[0] !== 0 || index.postStart[index.terms.length] !== index.postDoc.length) return false;
  for (let i = 1; i < index.postStart.length; i++) if ((index.postStart[i] as number) < (index.postStart[i - 1] as number)) return false;
  for (const d of index.postDoc) if (d >= docs) return false;
  for (const d of index.phoneDoc) if (d >= docs) return false;
  return index.docs.every((d) => typeof d === 'object' && d !== null && typeof d.title === 'string' && Array.isArray(d.parts) && Array.isArray(d.phones));
}
