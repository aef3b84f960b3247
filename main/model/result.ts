// The one shape for "a value, or why not": checked plan values and state files, reads that may fail,
// verdicts. The error is plain words unless a caller needs more (IPC results carry an IpcError).
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
