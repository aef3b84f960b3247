// Errors that cross IPC as data: a code the UI can render and a one-line message, never a stack trace.

/** The codes the renderer can tell apart; every failure that crosses IPC carries one. */
export const ERROR_CODES = ['bad-sender', 'bad-arguments', 'not-found', 'unsupported', 'busy', 'cancelled', 'failed', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface IpcError {
  code: ErrorCode;
  message: string;
}

const MAX_MESSAGE = 500;

/** Thrown by handlers and adapters to choose the error code the renderer sees. */
export class IpcFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'IpcFailure';
    this.code = code;
  }
}

/** First line only, bounded: messages are shown to the user, stacks stay in main. */
export function oneLine(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.length > MAX_MESSAGE ? `${first.slice(0, MAX_MESSAGE - 1)}…` : first;
}

export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return { code: error.code, message: oneLine(error.message) };
  const detail = error instanceof Error ? oneLine(error.message) : 'unknown error';
  return { code: 'internal', message: `Internal error: ${detail}` };
}

/** An adapter for an operation a host cannot offer (e.g. a folder picker in the preview host). */
export function unsupported(what: string): () => Promise<never> {
  return () => Promise.reject(new IpcFailure('unsupported', `${what} is not available here`));
}

/** Bad flags or arguments on a command line (the CLI and the preview host): printed with the usage, exit 2. */
export class UsageError extends Error {}
