// The four top-level TUF roles, named once for the signing side, the client and the stored version floor.

export const ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;
export type Role = (typeof ROLES)[number];

/** The order a client updates them in (TUF 5.3-5.6): when several have expired, the first is reported. */
export const CLIENT_UPDATE_ORDER: readonly Role[] = ['root', 'timestamp', 'snapshot', 'targets'];
