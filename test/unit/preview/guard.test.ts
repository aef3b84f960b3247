// The bridge's request guards as pure functions: Host, Origin and token checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRequest, hasToken, isAllowedHost, isAllowedOrigin } from '../../../main/preview/guard.ts';

const port = 43210;
const token = 'abcDEF123_-xyz';

test('Host must be loopback with this exact port', () => {
  assert.equal(isAllowedHost('127.0.0.1:43210', port), true);
  assert.equal(isAllowedHost('localhost:43210', port), true);
  assert.equal(isAllowedHost('LOCALHOST:43210', port), true);
  for (const bad of [
    undefined,
    '',
    '127.0.0.1',
    '127.0.0.1:43211',
    '127.0.0.2:43210',
    'evil.example:43210',
    'attacker.localhost:43210',
    '127.0.0.1:43210.evil.example',
  ]) {
    assert.equal(isAllowedHost(bad, port), false, String(bad));
  }
});

test('Origin, when present, must be this server; absent is allowed (same-origin GETs omit it)', () => {
  assert.equal(isAllowedOrigin(undefined, port), true);
  assert.equal(isAllowedOrigin('http://127.0.0.1:43210', port), true);
  assert.equal(isAllowedOrigin('http://localhost:43210', port), true);
  for (const bad of ['null', 'https://127.0.0.1:43210', 'http://127.0.0.1:1', 'http://evil.example', 'http://127.0.0.2:43210']) {
    assert.equal(isAllowedOrigin(bad, port), false, bad);
  }
});

test('token must be a Bearer with exactly the right value', () => {
  assert.equal(hasToken(`Bearer ${token}`, token), true);
  for (const bad of [
    undefined,
    '',
    token,
    `bearer ${token}`,
    `Bearer ${token}x`,
    `Bearer ${token.slice(1)}`,
    'Bearer ',
    `Basic ${token}`,
  ]) {
    assert.equal(hasToken(bad, token), false, String(bad));
  }
});

test('checkRequest orders the verdicts: foreign host 421, foreign origin 403, token 401', () => {
  const good = { host: '127.0.0.1:43210', origin: undefined, authorization: `Bearer ${token}`, needsToken: true };
  assert.deepEqual(checkRequest(good, port, token), { ok: true, value: good });
  assert.equal(statusOf(checkRequest({ ...good, host: 'rebound.example:43210' }, port, token)), 421);
  assert.equal(statusOf(checkRequest({ ...good, origin: 'http://evil.example' }, port, token)), 403);
  assert.equal(statusOf(checkRequest({ ...good, authorization: undefined }, port, token)), 401);
  const untokened = { ...good, authorization: undefined, needsToken: false };
  assert.deepEqual(checkRequest(untokened, port, token), { ok: true, value: untokened });
});

function statusOf(verdict: ReturnType<typeof checkRequest>): number | null {
  return verdict.ok ? null : verdict.error.status;
}
