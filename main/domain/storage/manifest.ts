// What a generation directory holds and how it was verified; written last, with a checksum.
import { z } from 'zod';

export const METADATA_FILES = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json'] as const;
export const BUNDLE_FILE = 'bundle.json';
export const MANIFEST_FILE = 'manifest.json';

/** A plain file name inside the generation directory (no separators, no leading dot). */
const STORED_NAME = /^[A-Za-z0-9][A-Za-z0-9.-]*\.json$/;

const ChangeListSchema = z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) });

export const BundleChangesSchema = z.object({
  fromVersion: z.number().nullable(),
  toVersion: z.number(),
  vendors: ChangeListSchema,
  services: ChangeListSchema,
  contacts: ChangeListSchema,
  phones: ChangeListSchema,
  /** Absent in manifests written before details existed. */
  details: z
    .array(
      z.object({
        kind: z.enum(['vendor', 'service', 'contact', 'phone']),
        id: z.string(),
        label: z.string(),
        change: z.enum(['added', 'removed', 'changed']),
        from: z.string().optional(),
        to: z.string().optional(),
      }),
    )
    .default([]),
});

const versions = z.object({ root: z.number(), timestamp: z.number(), snapshot: z.number(), targets: z.number() });

export const ManifestSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  /** Install order; higher is newer. */
  sequence: z.number().int().nonnegative(),
  installedAt: z.string(),
  verifiedAt: z.string(),
  source: z.string().nullable(),
  demo: z.boolean(),
  bundle: z.object({ id: z.string(), title: z.string(), version: z.number() }),
  /** sha256 of every file, by its logical name (bundle.json, root.json, timestamp.json, ...). */
  files: z.record(z.string(), z.string()),
  /**
   * Where a file is stored when not under its logical name: timestamp and snapshot metadata refreshed in
   * place are written under new content-addressed names, then this manifest is replaced atomically.
   */
  stored: z.record(z.string(), z.string().regex(STORED_NAME)).optional(),
  versions,
  /** canonical hash of each role's signed part, for "same version, different content" checks. */
  signedHashes: z.object({ root: z.string(), timestamp: z.string(), snapshot: z.string(), targets: z.string() }),
  /** Earliest expiry of the metadata backing this copy. */
  expires: z.string(),
  issuedAt: z.string().nullable(),
  keyIds: z.array(z.string()),
  changes: BundleChangesSchema.nullable(),
  /** The bundle format the bundle was checked against at install (bundle-format.ts); absent in older generations. */
  bundleFormat: z.string().optional(),
});
export type GenerationManifest = z.infer<typeof ManifestSchema>;

/** The file name inside the generation directory that holds the logical file `name`. */
export function storedName(manifest: Pick<GenerationManifest, 'stored'>, name: string): string {
  return manifest.stored?.[name] ?? name;
}
