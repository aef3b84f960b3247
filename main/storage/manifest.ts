// What a generation directory holds and how it was verified; written last, with a checksum.
import { z } from 'zod';

export const METADATA_FILES = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json'] as const;
export const BUNDLE_FILE = 'bundle.json';
export const MANIFEST_FILE = 'manifest.json';

const ChangeListSchema = z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) });

export const BundleChangesSchema = z.object({
  fromVersion: z.number().nullable(),
  toVersion: z.number(),
  vendors: ChangeListSchema,
  services: ChangeListSchema,
  contacts: ChangeListSchema,
  phones: ChangeListSchema,
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
  /** sha256 of every file, by path relative to the generation directory. */
  files: z.record(z.string(), z.string()),
  versions,
  /** canonical hash of each role's signed part, for "same version, different content" checks. */
  signedHashes: z.object({ root: z.string(), timestamp: z.string(), snapshot: z.string(), targets: z.string() }),
  /** Earliest expiry of the metadata backing this copy. */
  expires: z.string(),
  issuedAt: z.string().nullable(),
  keyIds: z.array(z.string()),
  changes: BundleChangesSchema.nullable(),
});
export type GenerationManifest = z.infer<typeof ManifestSchema>;
