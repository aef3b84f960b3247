// Reading a thrown value, which is `unknown` until checked: its message, and the system error code if any.

/** The message of an Error, or the text of anything else that was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Node system error code (ENOENT, EACCES...) of a thrown value, if it carries one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
