// The one typed IPC contract between renderer and main: channel -> argument schema and result type.
// Main validates every argument against these schemas; the preload exposes one method per entry;
// the renderer imports only types from this file.
import { z } from 'zod';
import type { Bundle, Runbook, Service, Vendor } from '../main/model/bundle.ts';
import type { EscalationLookup, VendorHours } from '../main/model/escalation.ts';
import type { IncidentExportText, IncidentList, IncidentView } from '../main/model/incident.ts';
import { CASE_NUMBER_MAX, IncidentIdSchema, NOTE_MAX } from '../main/model/incident.ts';
import { StepIdSchema } from '../main/model/escalation.ts';
import type { LocalStatus, SyncOutcome } from '../main/model/status.ts';
import type { BundleInfo, VendorSummary } from '../main/model/lookup.ts';
import { MAX_LIMIT, MAX_QUERY_INPUT, SEARCH_KINDS, type SearchResults } from '../main/model/search.ts';
import type { IpcError } from '../main/model/errors.ts';
import type { Result as ModelResult } from '../main/model/result.ts';

export type {
  Bundle,
  Channel,
  Contact,
  EscalationStep,
  Hours,
  Runbook,
  Service,
  Severity,
  Vendor,
  VendorSeverity,
} from '../main/model/bundle.ts';
export type { BundleInfo, VendorSummary } from '../main/model/lookup.ts';
export type { SearchGroup, SearchHit, SearchKind, SearchOptions, SearchResults, TextSegment } from '../main/model/search.ts';
export type { BundleChanges, GenerationInfo, LocalStatus, SyncOutcome } from '../main/model/status.ts';
export type {
  ContractState,
  EscalationLookup,
  EscalationPlan,
  HoursState,
  IfOpenedNow,
  PlanContact,
  PlanEscalation,
  PlanStep,
  PlanVendor,
  VendorHours,
} from '../main/model/escalation.ts';
export type {
  ExportFormat,
  IncidentExportText,
  IncidentList,
  IncidentSummary,
  IncidentView,
  LogEntry,
  StepState,
  StoreProblem,
  VendorTimeline,
} from '../main/model/incident.ts';

export { ERROR_CODES, type ErrorCode, type IpcError } from '../main/model/errors.ts';
/** What every IPC call answers: main's one Result, with an IpcError the UI can render. */
export type Result<T> = ModelResult<T, IpcError>;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface AppInfo {
  appVersion: string;
  /** True when served by the preview host instead of Electron. */
  preview: boolean;
  platform: string;
}

/** Desktop: written where the user chose. Preview host: the text, for the page to show or copy. */
export type ExportSaved = { saved: 'file'; path: string; bytes: number } | { saved: 'text'; filename: string; text: string };

export interface PdfSaved {
  path: string;
  bytes: number;
}

const noArgs = z.tuple([]);
const bounded = (max: number) => z.string().min(1).max(max);
/** A vendor, service or runbook id as plans allow it (lower-case letters, digits, hyphens). */
const itemId = z.string().regex(/^[a-z0-9-]{1,100}$/);
const byId = z.tuple([itemId]);
/** 250 pairs are about 10 KB of request: well inside every transport's limit (the preview host takes 64 KiB). */
export const MAX_ESCALATIONS_PER_CALL = 250;
const exportFormat = z.enum(['md', 'json']);
const SearchOptionsSchema = z
  .object({
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
    kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  })
  .strict();

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The sheet a print shows, by the ids of its print route (#/print/...). */
export const PrintSheetSchema = z.discriminatedUnion('sheet', [
  z.object({ sheet: z.literal('vendor'), id: itemId }).strict(),
  z.object({ sheet: z.literal('service'), id: itemId, severity: itemId.optional() }).strict(),
  z.object({ sheet: z.literal('all') }).strict(),
  z.object({ sheet: z.literal('wallet') }).strict(),
  z.object({ sheet: z.literal('incident'), id: IncidentIdSchema }).strict(),
]);
export type PrintSheet = z.infer<typeof PrintSheetSchema>;

/** Optional, so print() and saveAsPdf() with no argument keep meaning "this window, A4". */
export const PrintRequestSchema = z.object({ paper: z.enum(PAPER_SIZES).optional(), sheet: PrintSheetSchema.optional() }).strict();
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/** Every invokable operation: its argument tuple schema, and (as a phantom type) its result. */
export const invokeContract = {
  getAppInfo: { args: noArgs, result: null as unknown as AppInfo },
  getStatus: { args: noArgs, result: null as unknown as LocalStatus },
  getBundle: { args: noArgs, result: null as unknown as Bundle | null },
  /** Title, version, severity scale and counts of the active bundle; null when none is installed. */
  getBundleInfo: { args: noArgs, result: null as unknown as BundleInfo | null },
  /** Every vendor as one A-Z line, sorted by name; empty when no bundle is installed. */
  listVendors: { args: noArgs, result: null as unknown as VendorSummary[] },
  /** One item of the active bundle; `not-found` when there is no such id (or no bundle). */
  getVendor: { args: byId, result: null as unknown as Vendor },
  getService: { args: byId, result: null as unknown as Service },
  getRunbook: { args: byId, result: null as unknown as Runbook },
  /**
   * Ranked hits grouped by kind. Any text is a valid query (a long paste is cut to a bounded length in
   * main, silently); an empty one returns no hits.
   */
  search: {
    args: z.union([z.tuple([z.string().max(MAX_QUERY_INPUT)]), z.tuple([z.string().max(MAX_QUERY_INPUT), SearchOptionsSchema])]),
    result: null as unknown as SearchResults,
  },
  syncNow: { args: noArgs, result: null as unknown as SyncOutcome },
  /** Main shows a folder picker; the renderer never passes a path. Null when the user cancels. */
  importBundleFromFolder: { args: noArgs, result: null as unknown as SyncOutcome | null },
  /** Opened only for https, mailto and tel after parsing in main. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- the result type of a call that returns nothing
  openExternal: { args: z.tuple([bounded(2048)]), result: null as unknown as void },
  getTheme: { args: noArgs, result: null as unknown as Theme },
  setTheme: { args: z.tuple([z.enum(THEMES)]), result: null as unknown as Theme },
  /** Opens the system print dialog for what the window shows (a sheet route, shown first by the renderer). */
  print: { args: z.tuple([PrintRequestSchema.optional()]), result: null as unknown as { printed: boolean } },
  /** Main asks where to save (named after the sheet); null when the user cancels. */
  saveAsPdf: { args: z.tuple([PrintRequestSchema.optional()]), result: null as unknown as PdfSaved | null },
  /** Main's clock (ISO time): the renderer keeps the offset so every countdown runs on it. */
  getNow: { args: noArgs, result: null as unknown as { now: string } },
  /** The escalation plan for a service or vendor id at an internal severity (absent or null: ask for one). */
  getEscalation: {
    args: z.tuple([itemId, itemId.nullable().optional()]),
    result: null as unknown as EscalationLookup,
  },
  /**
   * getEscalation for many [target, severity] pairs at once, answered in order on one reading of the
   * clock: a printed binder asks for hundreds of plans in one call instead of hundreds of calls.
   */
  getEscalations: {
    args: z.tuple([
      z
        .array(z.tuple([itemId, itemId]))
        .min(1)
        .max(MAX_ESCALATIONS_PER_CALL),
    ]),
    result: null as unknown as EscalationLookup[],
  },
  /** "open now" / "opens in 3 h" / "closes in 40 min" for a vendor and each of its channels. */
  getVendorHours: { args: byId, result: null as unknown as VendorHours },
  /** Starts an incident on the active bundle's plan for a service or vendor at a severity. */
  startIncident: { args: z.tuple([itemId, itemId]), result: null as unknown as IncidentView },
  /** Open first; files that cannot be read are listed as problems, the rest still shown. */
  listIncidents: { args: noArgs, result: null as unknown as IncidentList },
  getIncident: { args: z.tuple([IncidentIdSchema]), result: null as unknown as IncidentView },
  setIncidentStep: { args: z.tuple([IncidentIdSchema, StepIdSchema, z.boolean()]), result: null as unknown as IncidentView },
  setIncidentCaseNumber: {
    args: z.tuple([IncidentIdSchema, itemId, z.string().max(CASE_NUMBER_MAX)]),
    result: null as unknown as IncidentView,
  },
  addIncidentNote: { args: z.tuple([IncidentIdSchema, z.string().trim().min(1).max(NOTE_MAX)]), result: null as unknown as IncidentView },
  closeIncident: { args: z.tuple([IncidentIdSchema]), result: null as unknown as IncidentView },
  /** The export's text, for the clipboard. */
  exportIncident: { args: z.tuple([IncidentIdSchema, exportFormat]), result: null as unknown as IncidentExportText },
  /** Saves the export through main (a save dialog on the desktop); null when the user cancels. */
  saveIncidentExport: { args: z.tuple([IncidentIdSchema, exportFormat]), result: null as unknown as ExportSaved | null },
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = (typeof invokeContract)[C]['result'];

/** A named contact on a vendor or service page (contacts have names, not ids). */
const contactAnchor = z.string().min(1).max(200).optional();

/**
 * Every screen of the app: what a deep link, a menu item or a hash path can open. The renderer maps each
 * one to exactly one hash path (renderer/src/domain/routes.ts) and one screen (renderer/src/app/screens.tsx).
 */
export const RouteSchema = z.discriminatedUnion('screen', [
  /** #/ : search front and centre, Vendors A–Z below. */
  z.object({ screen: z.literal('home') }).strict(),
  /** #/vendors : the home screen, at Vendors A–Z. */
  z.object({ screen: z.literal('vendors') }).strict(),
  z.object({ screen: z.literal('vendor'), id: itemId, contact: contactAnchor }).strict(),
  z.object({ screen: z.literal('service'), id: itemId, contact: contactAnchor }).strict(),
  z.object({ screen: z.literal('runbook'), id: itemId }).strict(),
  /** The escalation runbook of a service or a vendor. */
  z.object({ screen: z.literal('escalate'), target: itemId, severity: itemId.optional() }).strict(),
  z.object({ screen: z.literal('search'), query: z.string().max(500).optional() }).strict(),
  z.object({ screen: z.literal('incidents') }).strict(),
  z.object({ screen: z.literal('incident'), id: itemId }).strict(),
  z.object({ screen: z.literal('print-vendor'), id: itemId }).strict(),
  z.object({ screen: z.literal('print-service'), id: itemId, severity: itemId.optional() }).strict(),
  z.object({ screen: z.literal('print-all') }).strict(),
  z.object({ screen: z.literal('print-wallet') }).strict(),
  z.object({ screen: z.literal('print-incident'), id: itemId }).strict(),
]);
export type Route = z.infer<typeof RouteSchema>;

export const MENU_COMMANDS = ['find', 'toggle-theme', 'print', 'save-pdf', 'print-binder', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface SyncProgress {
  phase: 'started' | 'finished';
  source: string | null;
}

/** Events main pushes to the renderer. */
export interface EventContract {
  statusChanged: LocalStatus;
  syncProgress: SyncProgress;
  navigate: Route;
  menuCommand: MenuCommand;
}
export type EventChannel = keyof EventContract;

type Unsubscribe = () => void;

/** What the preload exposes as `window.lifeline`: one named method per operation, nothing generic. */
export type LifelineApi = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => Promise<Result<InvokeResult<C>>>;
} & EventMethods;

/** `onStatusChanged`, `onSyncProgress`...: one subscription per event, derived from EventContract. */
export type EventMethods = {
  [E in EventChannel as EventMethodName<E>]: (listener: (payload: EventContract[E]) => void) => Unsubscribe;
};
export type EventMethodName<E extends EventChannel> = `on${Capitalize<E>}`;

/** Prefix of every IPC channel name on the wire. */
export const CHANNEL_PREFIX = 'lifeline:';
