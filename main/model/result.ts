// A value that passed a check, or the plain-words reason it did not: plan field values and checked
// state files both answer this way (IPC results add an error code, see errors.ts).
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };
