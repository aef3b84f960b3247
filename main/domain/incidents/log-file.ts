// One incident per file, `<state>/incidents/<id>.jsonl`, one log entry per line. Every append rewrites
// the file with the one durable write (temp, fsync, rename, fsync dir), so a crash keeps the old or the
// new log whole. Reading is bounded and checked: any problem is a message naming the file, never a throw.
import { join } from 'node:path';
import { writeFileDurable } from '../files/durable-write.ts';
import type { FsPort } from '../files/fs-port.ts';
import { IncidentIdSchema, type LogEntry } from '../../model/incident.ts';
import { fail, type Result } from '../../model/result.ts';
import { verifyChain } from './chain.ts';
import { isLifelineError } from '../../model/errors.ts';
import { errnoCode } from '../../model/thrown.ts';

export const LOG_SUFFIX = '.jsonl';
/** Far above a real incident (hundreds of entries); keeps a hostile file from costing memory. */
export const MAX_LOG_BYTES = 16 * 1024 * 1024;
export const MAX_LOG_ENTRIES = 5000;

/** The checked entries, or why not; `missing` when there is no such incident (rather than a bad file). */
export type LogRead = Result<LogEntry[], { missing: boolean; message: string }>;

export function logPath(dir: string, id: string): string {
  return join(dir, `${id}${LOG_SUFFIX}`);
}

export function encodeLog(entries: LogEntry[]): Buffer {
  return Buffer.from(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses and checks a log file's bytes; `id` is what the file name says the incident is. */
export function decodeLog(bytes: Uint8Array, id: string): LogRead {
  const bad = (message: string): LogRead => fail({ missing: false, message });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return bad('not UTF-8 text');
  }
  if (text.length === 0) return bad('empty file');
  if (!text.endsWith('\n')) return bad('the last line is cut off');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length > MAX_LOG_ENTRIES) return bad(`more than ${MAX_LOG_ENTRIES} entries`);
  const raw: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    try {
      raw.push(JSON.parse(line));
    } catch {
      return bad(`line ${index + 1} is not valid JSON`);
    }
  }
  const chain = verifyChain(raw);
  if (!chain.ok) return bad(chain.error.message);
  const [first] = chain.value;
  if (first?.kind !== 'started' || first.incidentId !== id)
    return bad(`the log is of incident "${first?.kind === 'started' ? first.incidentId : '?'}", not "${id}"`);
  return chain;
}

export async function readLog(fs: FsPort, dir: string, id: string): Promise<LogRead> {
  if (!IncidentIdSchema.safeParse(id).success) return fail({ missing: true, message: `"${id}" is not an incident id` });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(logPath(dir, id), MAX_LOG_BYTES);
  } catch (error) {
    if (isLifelineError(error, 'state-file')) return fail({ missing: false, message: error.message });
    const code = errnoCode(error);
    if (code === 'ENOENT') return fail({ missing: true, message: `no incident "${id}"` });
    return fail({ missing: false, message: `unreadable (${code ?? 'error'})` });
  }
  return decodeLog(bytes, id);
}

export async function writeLog(fs: FsPort, dir: string, id: string, entries: LogEntry[]): Promise<void> {
  const bytes = encodeLog(entries);
  if (bytes.length > MAX_LOG_BYTES || entries.length > MAX_LOG_ENTRIES)
    throw new Error('this incident log is full: export it and start a new incident');
  await fs.mkdir(dir);
  await writeFileDurable(logPath(dir, id), bytes, { fs });
}
