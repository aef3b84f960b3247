// The incidents store: start, append and read incidents under `<state>/incidents/`, timestamped by
// main's clock. Appends to one incident run one at a time; a broken file is reported, never fatal.
import type { Clock } from '../escalation/clock.ts';
import type { EscalationPlan } from '../../model/escalation.ts';
import type { EntryInput, IncidentList, IncidentSummary, LogEntry } from '../../model/incident.ts';
import type { FsPort } from '../files/fs-port.ts';
import { chainEntry } from './chain.ts';
import { LOG_SUFFIX, readLog, writeLog } from './log-file.ts';
import { summaryOf } from './view.ts';
import { LifelineError, type ErrorDetails } from '../../model/errors.ts';

export function incidentError(code: ErrorDetails['incident']['code'], message: string): LifelineError<'incident'> {
  return new LifelineError('incident', message, { code });
}

export interface IncidentStore {
  dir: string;
  list(): Promise<IncidentList>;
  read(id: string): Promise<LogEntry[]>;
  start(plan: EscalationPlan): Promise<LogEntry[]>;
  /** Appends one entry after checking it against the incident's plan; a no-op change appends nothing. */
  append(id: string, input: EntryInput): Promise<LogEntry[]>;
}

function newId(at: Date, targetId: string): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const random = Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${stamp}-${targetId.slice(0, 60)}-${random}`;
}

/** Whether `input` changes anything, and is allowed, given the incident so far. */
function check(entries: LogEntry[], input: EntryInput): boolean {
  const first = entries[0];
  if (first?.kind !== 'started') throw incidentError('corrupt', 'the incident log has no start');
  if (entries.at(-1)?.kind === 'closed') throw incidentError('closed', 'this incident is closed: nothing more can be logged');
  const plan = first.plan;
  if (input.kind === 'step') {
    if (!plan.vendors.some((v) => v.steps.some((s) => s.id === input.stepId)))
      throw incidentError('invalid', `no step "${input.stepId}" in this incident`);
    const last = entries.findLast((e) => e.kind === 'step' && e.stepId === input.stepId);
    return (last?.kind === 'step' && last.checked) !== input.checked;
  }
  if (input.kind === 'case-number') {
    if (!plan.vendors.some((v) => v.id === input.vendorId))
      throw incidentError('invalid', `no vendor "${input.vendorId}" in this incident`);
    const last = entries.findLast((e) => e.kind === 'case-number' && e.vendorId === input.vendorId);
    return (last?.kind === 'case-number' ? last.caseNumber : '') !== input.caseNumber;
  }
  if (input.kind === 'started') throw incidentError('invalid', 'an incident starts only once');
  return true;
}

export function createIncidentStore(options: { dir: string; fs: FsPort; clock: Clock }): IncidentStore {
  const { dir, fs, clock } = options;
  const queues = new Map<string, Promise<unknown>>();

  function serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(id) ?? Promise.resolve()).then(work, work);
    queues.set(
      id,
      run.catch(() => undefined),
    );
    return run;
  }

  async function read(id: string): Promise<LogEntry[]> {
    const result = await readLog(fs, dir, id);
    if (result.ok) return result.value;
    const { missing, message } = result.error;
    throw incidentError(missing ? 'not-found' : 'corrupt', missing ? message : `incident ${id} cannot be read: ${message}`);
  }

  return {
    dir,
    read,
    async list() {
      const names = (await fs.readdir(dir)).filter((n) => n.endsWith(LOG_SUFFIX) && !n.startsWith('.')).sort();
      const incidents: IncidentSummary[] = [];
      const problems: IncidentList['problems'] = [];
      for (const name of names) {
        const result = await readLog(fs, dir, name.slice(0, -LOG_SUFFIX.length));
        const [first] = result.ok ? result.value : [];
        if (result.ok && first?.kind === 'started') incidents.push(summaryOf(first, result.value.at(-1) ?? first));
        else problems.push({ file: `incidents/${name}`, message: result.ok ? 'no start entry' : result.error.message });
      }
      incidents.sort((a, b) => Number(b.open) - Number(a.open) || b.startedAt.localeCompare(a.startedAt));
      return { incidents, problems };
    },
    async start(plan) {
      const at = clock.now();
      const id = newId(at, plan.target.id);
      return serial(id, async () => {
        const entries = [chainEntry({ kind: 'started', incidentId: id, plan }, null, at)];
        await writeLog(fs, dir, id, entries);
        return entries;
      });
    },
    append(id, input) {
      return serial(id, async () => {
        const entries = await read(id);
        if (!check(entries, input)) return entries;
        const next = [...entries, chainEntry(input, entries.at(-1) ?? null, clock.now())];
        await writeLog(fs, dir, id, next);
        return next;
      });
    },
  };
}
