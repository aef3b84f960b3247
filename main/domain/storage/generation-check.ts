// Re-checks a stored generation offline: file hashes from its manifest, then the signed chain
// (root signs timestamp, snapshot, targets; each pins the next by hash; targets pins the bundle).
import { join } from 'node:path';
import { Metadata, MetadataKind, type Root } from '@tufjs/models';
import { BundleSchema, BUNDLE_TARGET_NAME, type Bundle } from '../../model/bundle.ts';
import { bundleFormatFingerprint } from './bundle-format.ts';
import { readChecked, sha256 } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import { fail, ok, type Result } from '../../model/result.ts';
import { BUNDLE_FILE, MANIFEST_FILE, ManifestSchema, METADATA_FILES, storedName, type GenerationManifest } from './manifest.ts';
import { messageOf } from '../../model/thrown.ts';

export type GenerationCheck = Result<{ manifest: GenerationManifest; bundle: Bundle }>;

type Json = Parameters<typeof Metadata.fromJSON>[1];

function parse(bytes: Buffer): Json {
  return JSON.parse(bytes.toString('utf8')) as Json;
}

/**
 * Verifies the signed chain over the four metadata files and the bundle; throws with a reason. `read`
 * is the bundle's sha256 (and parsed value) when the caller computed them from these very bytes;
 * `formatChecked` when these signed bytes already passed this app's bundle format at install.
 */
export function verifySignedChain(
  files: Record<string, Buffer>,
  read?: { sha256: string; value?: Bundle; formatChecked?: boolean },
): Bundle {
  const get = (name: string): Buffer => {
    const bytes = files[name];
    if (!bytes) throw new Error(`${name} missing`);
    return bytes;
  };
  const root: Metadata<Root> = Metadata.fromJSON(MetadataKind.Root, parse(get('root.json')));
  root.verifyDelegate('root', root);
  const timestamp = Metadata.fromJSON(MetadataKind.Timestamp, parse(get('timestamp.json')));
  const snapshot = Metadata.fromJSON(MetadataKind.Snapshot, parse(get('snapshot.json')));
  const targets = Metadata.fromJSON(MetadataKind.Targets, parse(get('targets.json')));
  root.verifyDelegate('timestamp', timestamp);
  root.verifyDelegate('snapshot', snapshot);
  root.verifyDelegate('targets', targets);
  timestamp.signed.snapshotMeta.verify(get('snapshot.json'));
  if (timestamp.signed.snapshotMeta.version !== snapshot.signed.version) throw new Error('snapshot version differs from timestamp');
  const targetsMeta = snapshot.signed.meta['targets.json'];
  if (!targetsMeta) throw new Error('snapshot does not list targets.json');
  targetsMeta.verify(get('targets.json'));
  if (targetsMeta.version !== targets.signed.version) throw new Error('targets version differs from snapshot');
  const target = targets.signed.targets[BUNDLE_TARGET_NAME];
  const bundleBytes = get(BUNDLE_FILE);
  if (!target || target.length !== bundleBytes.length || target.hashes.sha256 !== (read?.sha256 ?? sha256(bundleBytes))) {
    throw new Error('bundle does not match its signed hash');
  }
  if (read?.value) return read.value;
  const json: unknown = JSON.parse(bundleBytes.toString('utf8'));
  // The format is strict (no defaults, no transforms): parsing the checked bytes again gives the same value.
  if (read?.formatChecked) return json as Bundle;
  const bundle = BundleSchema.safeParse(json);
  if (!bundle.success) throw new Error('bundle does not match the bundle format');
  return bundle.data;
}

/** The bundle's signed length, so reading it never takes more than the metadata promises. */
export function signedBundleLength(targetsBytes: Buffer | undefined): number | undefined {
  try {
    const length: unknown = (parse(targetsBytes ?? Buffer.alloc(0)) as { signed?: { targets?: Record<string, { length?: unknown }> } })
      .signed?.targets?.[BUNDLE_TARGET_NAME]?.length;
    return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 ? length : undefined;
  } catch {
    return undefined;
  }
}

/** `listed`: this generation's manifest as just read and checked from `dir` (it is not parsed twice). */
export async function checkGeneration(fs: FsPort, dir: string, listed?: GenerationManifest): Promise<GenerationCheck> {
  const read = listed ? ok(listed) : await readChecked(fs, join(dir, MANIFEST_FILE), ManifestSchema);
  if (!read.ok) return fail(`manifest ${read.error}`);
  const files: Record<string, Buffer> = {};
  try {
    // Metadata first: the targets metadata bounds how much of the bundle may be read.
    for (const name of [...METADATA_FILES, BUNDLE_FILE]) {
      const limit = name === BUNDLE_FILE ? signedBundleLength(files['targets.json']) : undefined;
      const bytes = await fs.readFile(join(dir, storedName(read.value, name)), limit);
      if (read.value.files[name] !== sha256(bytes)) return fail(`${name} does not match its recorded hash`);
      files[name] = bytes;
    }
    // The bundle's hash was just computed against the manifest: the chain check reuses it.
    const bundleHash = read.value.files[BUNDLE_FILE] ?? '';
    const formatChecked = read.value.bundleFormat === bundleFormatFingerprint();
    return ok({ manifest: read.value, bundle: verifySignedChain(files, { sha256: bundleHash, formatChecked }) });
  } catch (error) {
    return fail(messageOf(error));
  }
}
