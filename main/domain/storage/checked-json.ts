// Small JSON files with a checksum, so a bit flip or a torn write is detected rather than believed.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { writeFileDurable, type RetryOptions } from '../files/durable-write.ts';
import type { FsPort } from '../files/fs-port.ts';
import { fail, ok, type Result } from '../../model/result.ts';
import { isLifelineError } from '../../model/errors.ts';
import { errnoCode } from '../../model/thrown.ts';

/** Pointer, manifest, trusted state and sync record are a few KiB; anything near this is not ours. */
const CHECKED_MAX_BYTES = 4 * 1024 * 1024;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function encodeChecked(body: unknown): Buffer {
  const text = JSON.stringify(body);
  return Buffer.from(`${JSON.stringify({ sha256: sha256(text), body: JSON.parse(text) as unknown })}\n`);
}

/** Parses and checks a file written by encodeChecked; never throws. */
export function decodeChecked<T>(bytes: Buffer, schema: z.ZodType<T>): Result<T> {
  if (bytes.length === 0) return fail('empty file');
  let envelope: unknown;
  try {
    envelope = JSON.parse(bytes.toString('utf8'));
  } catch {
    return fail('not valid JSON');
  }
  if (typeof envelope !== 'object' || envelope === null || !('sha256' in envelope) || !('body' in envelope)) {
    return fail('missing checksum envelope');
  }
  if (envelope.sha256 !== sha256(JSON.stringify(envelope.body))) return fail('checksum mismatch');
  const parsed = schema.safeParse(envelope.body);
  return parsed.success ? ok(parsed.data) : fail('unexpected content');
}

export async function readChecked<T>(fs: FsPort, path: string, schema: z.ZodType<T>): Promise<Result<T>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path, CHECKED_MAX_BYTES);
  } catch (error) {
    if (isLifelineError(error, 'state-file')) return fail(error.message);
    const code = errnoCode(error);
    return fail(code === 'ENOENT' ? 'missing' : `unreadable (${code ?? 'error'})`);
  }
  return decodeChecked(bytes, schema);
}

export async function writeChecked(fs: FsPort, path: string, body: unknown, options?: RetryOptions): Promise<void> {
  await writeFileDurable(path, encodeChecked(body), { ...options, fs });
}
