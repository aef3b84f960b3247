// Request guards for the loopback bridge: the Host/Origin checks defeat DNS rebinding and cross-site
// requests, the token proves the caller is the page the host printed.
import { timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../model/result.ts';

const loopbackNames = ['127.0.0.1', 'localhost'];

/** Host header must name this server on loopback, with its exact port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return loopbackNames.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** Origin, when sent, must be this very server; browsers send it on every POST and on cross-origin fetches. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return loopbackNames.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/** Constant-time comparison of `Authorization: Bearer <token>` against the expected token. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The request once it passed, or the HTTP status to refuse it with and why. */
export type GuardVerdict = Result<GuardedRequest, { status: 401 | 403 | 421; reason: string }>;

export interface GuardedRequest {
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  /** True for /api/ routes: they need the token; the static page itself does not hold secrets. */
  needsToken: boolean;
}

export function checkRequest(request: GuardedRequest, port: number, token: string): GuardVerdict {
  if (!isAllowedHost(request.host, port)) return fail({ status: 421, reason: 'foreign Host header' });
  if (!isAllowedOrigin(request.origin, port)) return fail({ status: 403, reason: 'foreign Origin' });
  if (request.needsToken && !hasToken(request.authorization, token)) {
    return fail({ status: 401, reason: 'missing or wrong token' });
  }
  return ok(request);
}
