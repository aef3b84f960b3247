// Names the bundle format exactly: the hash of its JSON Schema. A generation records the format its
// bundle was checked against at install; while the app's format is the same, the start-up re-check
// proves the bytes are those signed and checked then (hashes and signatures) and skips re-checking
// their shape, the slowest step of a start with a large bundle.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BundleSchema } from '../../model/bundle.ts';

export function formatFingerprint(schema: z.ZodType): string {
  return createHash('sha256')
    .update(JSON.stringify(z.toJSONSchema(schema)))
    .digest('hex');
}

let current: string | null = null;

/** The fingerprint of this app's bundle format, computed once. */
export function bundleFormatFingerprint(): string {
  return (current ??= formatFingerprint(BundleSchema));
}
