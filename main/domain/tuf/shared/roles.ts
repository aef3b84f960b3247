// The four top-level TUF roles, named once for the signing side, the client and the stored version floor.

export const ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;
export type Role = (typeof ROLES)[number];

/** The order a client updates them in (TUF 5.3-5.6): when several have expired, the first is reported. */
export const CLIENT_UPDATE_ORDER: readonly Role[] = ['root', 'timestamp', 'snapshot', 'targets'];

/** tuf-js's own caps for a timestamp.json and a root.json: every reader of either keeps to them. */
export const TIMESTAMP_MAX_BYTES = 16 * 1024;
export const ROOT_MAX_BYTES = 512_000;
