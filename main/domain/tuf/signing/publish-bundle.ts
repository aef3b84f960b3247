// Publishing a compiled bundle: stamps it with the new targets version and time, checks it, signs it.
import { BUNDLE_TARGET_NAME, BundleSchema, type Bundle } from '../../../model/bundle.ts';
import { tufTime } from './duration.ts';
import type { KeysDir } from './keys-dir.ts';
import type { SigningKey } from './keys.ts';
import type { Role } from '../shared/roles.ts';
import { publishTarget, type ExpiresIn, type PublishResult } from './repository.ts';

export type BundleContent = Omit<Bundle, 'version' | 'publishedAt'>;

/** The target bytes: normalised JSON (schema key order, 2-space indent) so equal plans give equal bytes. */
export function bundleBytes(content: BundleContent, version: number, publishedAt: Date): Uint8Array {
  const parsed = BundleSchema.safeParse({ ...content, version, publishedAt: tufTime(publishedAt) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`compiled bundle does not match the bundle format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return Buffer.from(`${JSON.stringify(parsed.data, null, 2)}\n`);
}

export interface BundlePublishResult extends PublishResult {
  bundleId: string;
}

export async function publishBundle(options: {
  repo: string;
  keys: KeysDir;
  content: BundleContent;
  now: Date;
  expiresIn: ExpiresIn;
  /** Tests only: see publishTarget. */
  signers?: Partial<Record<Role, SigningKey[]>>;
}): Promise<BundlePublishResult> {
  const result = await publishTarget({
    repo: options.repo,
    keys: options.keys,
    targetName: BUNDLE_TARGET_NAME,
    makeTarget: (version) => bundleBytes(options.content, version, options.now),
    now: options.now,
    expiresIn: options.expiresIn,
    ...(options.signers ? { signers: options.signers } : {}),
  });
  return { ...result, bundleId: options.content.id };
}
