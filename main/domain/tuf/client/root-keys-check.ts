// tuf-js counts distinct key ids toward a threshold; a root listing one public key under two ids would let
// one signature count twice. Refuse such roots: every threshold must be reachable with distinct keys.
import type { Root } from '@tufjs/models';
import { verifyError } from './errors.ts';

export function checkDistinctRoleKeys(root: Root, file: string): void {
  for (const [role, spec] of Object.entries(root.roles)) {
    const publics = new Set(spec.keyIDs.map((id) => root.keys[id]?.keyVal.public).filter((k): k is string => k !== undefined));
    if (publics.size < spec.threshold) {
      throw verifyError(
        file,
        `role ${role} needs ${spec.threshold} signatures but lists only ${publics.size} distinct public key(s)`,
        'signature',
      );
    }
  }
}
