import { test } from 'node:test';
import assert from 'node:assert/strict';
import { denyWindowOpen, refuseNavigation } from '../../../main/domain/security/navigation.ts';
import { denyPermissions, type PermissionSessionLike } from '../../../main/domain/security/permissions.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/domain/security/csp.ts';

test('navigation is always prevented; only allowlisted links reach the OS', () => {
  const opened: string[] = [];
  const cases: Array<[string, boolean]> = [
    ['https://status.aws.amazon.com/', true],
    ['mailto:support@example.com', true],
    ['tel:+18005551234', true],
    ['app://lifeline/other.html', false],
    ['file:///etc/passwd', false],
    ['http://example.com/', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id x', false],
  ];
  for (const [url, external] of cases) {
    let prevented = false;
    refuseNavigation({ preventDefault: () => (prevented = true) }, url, (u) => opened.push(u));
    assert.equal(prevented, true, url);
    assert.equal(opened.at(-1) === url, external, url);
  }
  assert.equal(opened.length, 3);
});

test('window.open and target=_blank are denied; allowlisted links open externally', () => {
  const opened: string[] = [];
  assert.deepEqual(
    denyWindowOpen({ url: 'https://example.com.attacker.example/' }, (u) => opened.push(u)),
    { action: 'deny' },
  );
  assert.deepEqual(
    denyWindowOpen({ url: 'smb://host/share' }, (u) => opened.push(u)),
    { action: 'deny' },
  );
  assert.deepEqual(
    denyWindowOpen({ url: 'about:blank' }, (u) => opened.push(u)),
    { action: 'deny' },
  );
  assert.deepEqual(opened, ['https://example.com.attacker.example/']);
});

test('permission requests and checks are denied except writing text to the clipboard', () => {
  let request: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0] | undefined;
  let check: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0] | undefined;
  const denied: string[] = [];
  denyPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) }, (p) =>
    denied.push(p),
  );
  assert.ok(request && check);
  for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid']) {
    let granted: boolean | undefined;
    request(null, permission, (g) => (granted = g));
    assert.equal(granted, false, permission);
    assert.equal(check(null, permission), false, permission);
  }
  let clipboard: boolean | undefined;
  request(null, 'clipboard-sanitized-write', (g) => (clipboard = g));
  assert.equal(clipboard, true);
  assert.equal(denied.length, 7);
});

test('the CSP allows nothing remote', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('connect-src'), ["'none'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /https?:|\*|unsafe-/);
});
