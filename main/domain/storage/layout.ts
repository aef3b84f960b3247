// Where everything lives inside a state directory. Nothing here is ever stored in electron-store.
import { join } from 'node:path';

export interface StateLayout {
  root: string;
  /** Names the active generation; replaced only by an atomic rename. */
  pointer: string;
  generations: string;
  staging: string;
  /** The newest root verified by rotation in a sync that then failed (no generation holds it yet). */
  reachedRoot: string;
  /** Two redundant copies of the trusted versions floor. */
  trustedCopies: [string, string];
  /** Last attempt, last error, stale flag: useful but not security-critical. */
  syncRecord: string;
  lock: string;
  /** One hash-chained log file per incident, apart from the bundle generations. */
  incidents: string;
}

export function stateLayout(root: string): StateLayout {
  return {
    root,
    pointer: join(root, 'current.json'),
    generations: join(root, 'generations'),
    staging: join(root, 'staging'),
    reachedRoot: join(root, 'reached-root.json'),
    trustedCopies: [join(root, 'trusted-state.1.json'), join(root, 'trusted-state.2.json')],
    syncRecord: join(root, 'sync-record.json'),
    lock: join(root, 'sync.lock'),
    incidents: join(root, 'incidents'),
  };
}

export function generationDir(layout: StateLayout, id: string): string {
  return join(layout.generations, id);
}
