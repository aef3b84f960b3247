// Anything verified against the demo root is demo data, however it arrived: a source or an import
// signed by the demo keys must never show as the organisation's plans.

function rootKeyIds(rootBytes: Uint8Array): string[] | null {
  try {
    const parsed = JSON.parse(Buffer.from(rootBytes).toString('utf8')) as { signed?: { roles?: { root?: { keyids?: unknown } } } };
    const ids = parsed.signed?.roles?.root?.keyids;
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? [...ids].sort() : null;
  } catch {
    return null;
  }
}

/** True when `root` is held by the same root keys as the embedded demo root. */
export function isDemoRoot(root: Uint8Array | null, demoRoot: Uint8Array | null | undefined): boolean {
  if (!root || !demoRoot) return false;
  const a = rootKeyIds(root);
  const b = rootKeyIds(demoRoot);
  return a !== null && b !== null && a.length > 0 && a.join(',') === b.join(',');
}
