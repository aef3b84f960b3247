// The hash chain of an incident log: each entry carries its own SHA-256 and the previous entry's, over
// canonical JSON (sorted keys), so a changed, removed or reordered entry is named by its number.
import { sha256 } from '../storage/checked-json.ts';
import { LogEntrySchema, type EntryInput, type LogEntry } from '../../model/incident.ts';
import { fail, ok, type Result } from '../../model/result.ts';

/** JSON with object keys sorted at every level: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<LogEntry, 'hash'> | LogEntry): string {
  const { hash: _ignored, ...rest } = entry as LogEntry;
  return sha256(canonicalJson(rest));
}

/** The next entry of a chain whose last entry is `last`. */
export function chainEntry(input: EntryInput, last: LogEntry | null, at: Date): LogEntry {
  const unhashed = { ...input, seq: (last?.seq ?? 0) + 1, at: at.toISOString(), prev: last?.hash ?? null };
  return { ...unhashed, hash: entryHash(unhashed) };
}

/** The checked entries, or the first entry found wrong and what is wrong with it. */
export type ChainCheck = Result<LogEntry[], { entry: number; message: string }>;

function describe(entry: LogEntry): string {
  return `entry ${entry.seq} (${entry.kind}, ${entry.at})`;
}

function seqOf(raw: unknown): number | null {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' ? seq : null;
}

/** Checks every entry in order; the first problem found names the entry. `expected` is the export's claim. */
export function verifyChain(raw: unknown[], expected?: { entryCount: number; head: string | null }): ChainCheck {
  const entries: LogEntry[] = [];
  for (const [index, item] of raw.entries()) {
    const position = index + 1;
    const parsed = LogEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return fail({
        entry: position,
        message: `entry ${position} was changed: it is not a valid log entry (${issue?.message ?? 'invalid'}${where})`,
      });
    }
    const entry = parsed.data;
    if (entry.seq !== position) {
      const later = raw.slice(index + 1).some((other) => seqOf(other) === position);
      if (later || entry.seq < position) {
        return fail({
          entry: position,
          message: `entries were reordered: entry ${entry.seq} stands where entry ${position} should be`,
        });
      }
      return fail({ entry: position, message: `entry ${position} was removed: entry ${entry.seq} follows entry ${position - 1}` });
    }
    if (entryHash(entry) !== entry.hash)
      return fail({ entry: position, message: `${describe(entry)} was changed: its content no longer matches its hash` });
    const previous = entries[index - 1];
    if (entry.prev !== (previous?.hash ?? null)) {
      if (!previous) return fail({ entry: position, message: `${describe(entry)} was changed: the first entry cannot follow another` });
      return fail({
        entry: previous.seq,
        message: `${describe(previous)} was changed: entry ${entry.seq} recorded a different hash for it`,
      });
    }
    if ((position === 1) !== (entry.kind === 'started')) {
      return fail({ entry: position, message: `${describe(entry)} was changed: only the first entry starts an incident` });
    }
    entries.push(entry);
  }
  if (expected) {
    const last = entries.at(-1) ?? null;
    if (entries.length < expected.entryCount) {
      return fail({
        entry: entries.length + 1,
        message: `entry ${entries.length + 1} was removed: the log ends after entry ${entries.length} of ${expected.entryCount}`,
      });
    }
    if ((last?.hash ?? null) !== expected.head || entries.length !== expected.entryCount) {
      const which = last ? describe(last) : 'the first entry';
      return fail({ entry: last?.seq ?? 1, message: `${which} was changed or added: it does not match the log's recorded head` });
    }
  }
  return ok(entries);
}
