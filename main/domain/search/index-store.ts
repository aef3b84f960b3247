// The stored index beside its generation: loaded when its checksum, format and bundle hash hold;
// otherwise rebuilt from the generation's own bundle (checked against that hash) and written durably.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BundleSchema } from '../../model/bundle.ts';
import { writeFileDurable } from '../files/durable-write.ts';
import { STATE_FILE_MAX_BYTES } from '../files/bounded-read.ts';
import type { FsPort } from '../files/fs-port.ts';
import { buildIndex } from './build.ts';
import type { CompactIndex } from './compact-index.ts';
import { fail } from '../../model/result.ts';
import { decodeIndex, encodeIndex, type IndexRead } from './serialize.ts';
import { messageOf, errnoCode } from '../../model/thrown.ts';

export const INDEX_FILE = 'search-index.bin';
/** The index holds the bundle's text plus postings: a few times the bundle at most. */
const MAX_INDEX_BYTES = STATE_FILE_MAX_BYTES * 4;

/** Which installed generation to index, as the core knows it (verified at install, re-checked at start). */
export interface GenerationRef {
  generationId: string;
  dir: string;
  /** File name of the bundle inside `dir`, and its sha256 from the generation manifest. */
  bundleFile: string;
  bundleHash: string;
}

export interface OpenedIndex {
  index: CompactIndex;
  /** Why the stored file was not used (missing, corrupt...), or null when it was loaded. */
  rebuiltBecause: string | null;
  /** Set when the rebuilt index could not be written (full disk): it still serves this session. */
  writeError: string | null;
  ms: number;
}

async function readStored(fs: FsPort, ref: GenerationRef): Promise<IndexRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(ref.dir, INDEX_FILE), MAX_INDEX_BYTES);
  } catch (error) {
    const code = errnoCode(error);
    return fail(code === 'ENOENT' ? 'no stored index' : `stored index unreadable: ${messageOf(error)}`);
  }
  return decodeIndex(bytes, ref.bundleHash);
}

export async function rebuild(fs: FsPort, ref: GenerationRef): Promise<CompactIndex> {
  const bytes = await fs.readFile(join(ref.dir, ref.bundleFile));
  if (createHash('sha256').update(bytes).digest('hex') !== ref.bundleHash)
    throw new Error(`${ref.bundleFile} does not match its recorded hash`);
  return buildIndex(BundleSchema.parse(JSON.parse(bytes.toString('utf8'))));
}

export async function openIndex(fs: FsPort, ref: GenerationRef): Promise<OpenedIndex> {
  const started = performance.now();
  const stored = await readStored(fs, ref);
  if (stored.ok) return { index: stored.value, rebuiltBecause: null, writeError: null, ms: performance.now() - started };
  const index = await rebuild(fs, ref);
  let writeError: string | null = null;
  try {
    await writeFileDurable(join(ref.dir, INDEX_FILE), encodeIndex(index, ref.bundleHash), { fs });
  } catch (error) {
    writeError = messageOf(error);
  }
  return { index, rebuiltBecause: stored.error, writeError, ms: performance.now() - started };
}
