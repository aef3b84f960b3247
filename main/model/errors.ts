// The one error scheme of main: a LifelineError names what failed (its kind) and carries that kind's
// data; failures that cross IPC become data, a code the UI can render and a one-line message.

/** The codes the renderer can tell apart; every failure that crosses IPC carries one. */
export const ERROR_CODES = ['bad-sender', 'bad-arguments', 'not-found', 'unsupported', 'busy', 'cancelled', 'failed', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface IpcError {
  code: ErrorCode;
  message: string;
}

/** Why a download or a confined read failed. */
export type FailureCode =
  | 'http-status'
  | 'too-large'
  | 'deadline'
  | 'idle'
  | 'redirect'
  | 'html'
  | 'truncated'
  | 'unreachable'
  | 'not-found'
  | 'not-a-file'
  | 'escape'
  | 'io';

/** Why verifying a repository failed: a download failure, or what was wrong with what arrived. */
export type VerifyFailure =
  FailureCode | 'signature' | 'expired' | 'rollback' | 'mismatch' | 'malformed' | 'source' | 'bundle' | 'missing-target';

/** Every kind of failure, and the data it carries beside its message (undefined: the message says it all). */
export interface ErrorDetails {
  /** Thrown by handlers and adapters to choose the error code the renderer sees. */
  ipc: { code: ErrorCode };
  /** Bad flags or arguments on a command line (the CLI and the preview host): printed with the usage, exit 2. */
  usage: undefined;
  /** Invalid input or failed verification that is already explained in one line: CLI exit 1. */
  failed: undefined;
  /** A download that failed for a reason worth one clear line; `status` is set for HTTP error statuses. */
  fetch: { code: FailureCode; status?: number };
  /** A bad `--source-budget`. */
  'source-budget': undefined;
  /** An incident that cannot be read or changed. */
  incident: { code: 'not-found' | 'corrupt' | 'closed' | 'invalid' };
  /** A pinned root.json that cannot be read or is not a root. */
  'pinned-root': undefined;
  /** A source (URL or directory) as typed that cannot be used. */
  source: undefined;
  /** Verification failed: the failing file (repository-relative, or the source) and the plain-words reason. */
  verify: { file: string; reason: string; code: VerifyFailure };
  /** A state file that is not a regular file or is larger than any state file can be. */
  'state-file': { code: 'not-a-file' | 'too-large' };
  /** Another process holds the sync lock. */
  'lock-busy': undefined;
  /** Verified files that the sync still refuses to install (expired, inconsistent). */
  refused: undefined;
  /** The preview host could not set up its core. */
  'preview-setup': undefined;
  /** A request body above the preview bridge's limit. */
  'body-too-large': undefined;
}
export type ErrorKind = keyof ErrorDetails;

type DetailArgs<K extends ErrorKind> = ErrorDetails[K] extends undefined ? [] : [detail: ErrorDetails[K]];

export class LifelineError<K extends ErrorKind = ErrorKind> extends Error {
  readonly kind: K;
  readonly detail: ErrorDetails[K];
  constructor(kind: K, message: string, ...[detail]: DetailArgs<K>) {
    super(message);
    this.name = 'LifelineError';
    this.kind = kind;
    this.detail = detail as ErrorDetails[K];
  }
}

/** True for a LifelineError (of `kind`, when given); its `detail` is then typed for that kind. */
export function isLifelineError<K extends ErrorKind = ErrorKind>(error: unknown, kind?: K): error is LifelineError<K> {
  return error instanceof LifelineError && (kind === undefined || error.kind === kind);
}

/** A failure that reaches the renderer with `code`. */
export function ipcFailure(code: ErrorCode, message: string): LifelineError<'ipc'> {
  return new LifelineError('ipc', message, { code });
}

const MAX_MESSAGE = 500;

/** First line only, bounded: messages are shown to the user, stacks stay in main. */
export function oneLine(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.length > MAX_MESSAGE ? `${first.slice(0, MAX_MESSAGE - 1)}…` : first;
}

export function toIpcError(error: unknown): IpcError {
  if (isLifelineError(error, 'ipc')) return { code: error.detail.code, message: oneLine(error.message) };
  const detail = error instanceof Error ? oneLine(error.message) : 'unknown error';
  return { code: 'internal', message: `Internal error: ${detail}` };
}

/** An adapter for an operation a host cannot offer (e.g. a folder picker in the preview host). */
export function unsupported(what: string): () => Promise<never> {
  return () => Promise.reject(ipcFailure('unsupported', `${what} is not available here`));
}
