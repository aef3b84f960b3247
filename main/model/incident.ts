// Incidents: an append-only, hash-chained log per incident (what was done, when, by main's clock), and
// the view folded from it. Schemas, because the store is read back and export files come from anywhere.
import { z } from 'zod';
import { EscalationPlanSchema, StepIdSchema } from './escalation.ts';

export const INCIDENT_EXPORT_FORMAT = 'lifeline-incident-log';
export const IncidentIdSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.iso.datetime({ offset: true });
export const CASE_NUMBER_MAX = 200;
export const NOTE_MAX = 4000;

const chained = {
  /** 1 for the first entry, then consecutive. */
  seq: z.number().int().positive(),
  at: isoTime,
  /** SHA-256 of the previous entry (null for the first). */
  prev: sha256Hex.nullable(),
  /** SHA-256 of this entry's canonical JSON without `hash`. */
  hash: sha256Hex,
};

export const StartedEntrySchema = z
  .object({ ...chained, kind: z.literal('started'), incidentId: IncidentIdSchema, plan: EscalationPlanSchema })
  .strict();
export const StepEntrySchema = z
  .object({ ...chained, kind: z.literal('step'), stepId: StepIdSchema, label: z.string().max(2000), checked: z.boolean() })
  .strict();
export const CaseNumberEntrySchema = z
  .object({
    ...chained,
    kind: z.literal('case-number'),
    vendorId: IncidentIdSchema,
    vendorName: z.string().max(500),
    caseNumber: z.string().max(CASE_NUMBER_MAX),
  })
  .strict();
export const NoteEntrySchema = z.object({ ...chained, kind: z.literal('note'), text: z.string().min(1).max(NOTE_MAX) }).strict();
export const ClosedEntrySchema = z.object({ ...chained, kind: z.literal('closed') }).strict();

export const LogEntrySchema = z.discriminatedUnion('kind', [
  StartedEntrySchema,
  StepEntrySchema,
  CaseNumberEntrySchema,
  NoteEntrySchema,
  ClosedEntrySchema,
]);

export type LogEntry = z.infer<typeof LogEntrySchema>;
export type StartedEntry = z.infer<typeof StartedEntrySchema>;
type Unchained<T> = T extends unknown ? Omit<T, 'seq' | 'at' | 'prev' | 'hash'> : never;
/** What a caller appends: main adds seq, time and the chain. */
export type EntryInput = Unchained<LogEntry>;

/** The export file: the whole chain, with its head so a cut-off tail is noticed too. */
export const IncidentExportSchema = z
  .object({
    format: z.literal(INCIDENT_EXPORT_FORMAT),
    incidentId: IncidentIdSchema,
    entryCount: z.number().int().nonnegative(),
    /** Hash of the last entry. */
    head: sha256Hex.nullable(),
    entries: z.array(z.unknown()),
  })
  .strict();

export interface IncidentSummary {
  id: string;
  target: { kind: 'service' | 'vendor'; id: string; name: string };
  severity: { id: string; name: string };
  startedAt: string;
  closedAt: string | null;
  open: boolean;
  bundle: { id: string; version: number };
}

export interface StepState {
  checked: boolean;
  /** When it was last checked or unchecked; null if never touched. */
  at: string | null;
}

export interface VendorTimeline {
  vendorId: string;
  caseNumber: string | null;
  caseOpenedAt: string | null;
  /** First-response deadline once the case is opened. */
  firstResponseDue: string | null;
  firstResponseAt: string | null;
  /** Index-aligned with the plan vendor's escalation steps; null until the case is opened. */
  escalationDue: (string | null)[];
}

export interface IncidentView extends IncidentSummary {
  plan: z.infer<typeof EscalationPlanSchema>;
  steps: Record<string, StepState>;
  vendors: VendorTimeline[];
  notes: { at: string; text: string }[];
  /** For vendors whose case is not opened yet: the first-response deadline if it were opened now. */
  ifOpenedNow: { vendorId: string; due: string | null }[];
  /** The active bundle now, when it differs from the one the incident was started with. */
  bundleChanged: { id: string; version: number } | null;
  entries: LogEntry[];
}

export interface StoreProblem {
  file: string;
  message: string;
}

export interface IncidentList {
  /** Open first, then newest first. */
  incidents: IncidentSummary[];
  /** Files that could not be read: each named with what is wrong. The others are still listed. */
  problems: StoreProblem[];
}

export type ExportFormat = 'md' | 'json';
export interface IncidentExportText {
  filename: string;
  text: string;
}
