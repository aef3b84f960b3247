// Checks what the TUF client verified against our own trusted floor and clock, before it may be installed.
import type { Bundle } from '../../model/bundle.ts';
import { verifySignedChain } from '../storage/generation-check.ts';
import { earliest, latest, parseMetadataFacts } from '../tuf/shared/metadata-facts.ts';
import { ROLES } from '../tuf/shared/roles.ts';
import type { TrustedState } from '../storage/trusted-state.ts';
import { checkAgainstFloor, effectiveNow, firstExpired, type RoleFacts } from './freshness.ts';
import type { VerifiedFiles } from './verify-port.ts';
import { LifelineError } from '../../model/errors.ts';
import { messageOf } from '../../model/thrown.ts';

export interface AcceptedRepository {
  facts: RoleFacts;
  bundle: Bundle;
  expires: string;
  issuedAt: string | null;
}

export function acceptVerified(files: VerifiedFiles, floor: TrustedState, clock: Date): AcceptedRepository {
  let facts: RoleFacts;
  let bundle: Bundle;
  try {
    facts = {
      root: parseMetadataFacts('root', files.root),
      timestamp: parseMetadataFacts('timestamp', files.timestamp),
      snapshot: parseMetadataFacts('snapshot', files.snapshot),
      targets: parseMetadataFacts('targets', files.targets),
    };
    bundle = verifySignedChain(
      {
        'root.json': files.root,
        'timestamp.json': files.timestamp,
        'snapshot.json': files.snapshot,
        'targets.json': files.targets,
        'bundle.json': files.bundle,
      },
      files.bundleRead,
    );
  } catch (error) {
    throw new LifelineError('refused', `verified files failed the offline re-check: ${messageOf(error)}`);
  }
  const refusal = checkAgainstFloor(floor, facts);
  if (refusal) throw new LifelineError('refused', refusal);
  const issuedAt = latest(ROLES.map((role) => facts[role].issuedAt));
  const now = effectiveNow(clock, latest([floor.highestSignedTime, issuedAt]));
  const expired = firstExpired(
    { root: facts.root.expires, timestamp: facts.timestamp.expires, snapshot: facts.snapshot.expires, targets: facts.targets.expires },
    now,
  );
  if (expired) {
    const by = now === clock ? 'the system clock' : 'the highest signed time seen (the system clock is behind)';
    throw new LifelineError('refused', `refused: ${expired.role}.json expired at ${expired.expires} according to ${by}`);
  }
  if (bundle.version !== facts.targets.version) {
    throw new LifelineError(
      'refused',
      `refused: bundle.json says version ${bundle.version} but targets.json is version ${facts.targets.version}`,
    );
  }
  return { facts, bundle, expires: earliest(ROLES.map((role) => facts[role].expires)), issuedAt };
}
