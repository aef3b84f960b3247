import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkExternalUrl } from '../../../main/domain/security/external-url.ts';

test('https, mailto and tel links pass in normalised form', () => {
  const allowed: Array<[string, string]> = [
    ['https://health.aws.amazon.com/health/status', 'https://health.aws.amazon.com/health/status'],
    ['HTTPS://Status.Azion.com/', 'https://status.azion.com/'],
    ['https://example.com.attacker.example/', 'https://example.com.attacker.example/'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['mailto:a@example.com,b@example.org?subject=Sev1%20outage', 'mailto:a@example.com,b@example.org?subject=Sev1%20outage'],
    ['tel:+18005551234', 'tel:+18005551234'],
    ['tel:+1-800-555-1234', 'tel:+1-800-555-1234'],
    ['tel:+442071234567,,123', 'tel:+442071234567,,123'],
  ];
  for (const [raw, expected] of allowed) assert.deepEqual(checkExternalUrl(raw), { ok: true, value: expected }, raw);
});

test('file, smb, ms-msdt, javascript in disguise and other schemes are refused', () => {
  const refused = [
    'file:///etc/passwd',
    'file://host/share/x.exe',
    'smb://fileserver/share',
    '\\\\fileserver\\share\\x.exe',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'search-ms:query=x',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\u2028:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    'ftp://example.com/',
    '//evil.example/x',
    '/relative/path',
    'https://',
    'https://user:pass@example.com/',
    'https://example.com@evil.example/',
    'https://@evil.example/',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b.com%0aBcc:victim@example.com',
    'tel:',
    'tel:javascript:alert(1)',
    'tel:+1800<script>',
    'https://example.com/\u0000',
    `https://example.com/${'a'.repeat(3000)}`,
    '',
  ];
  for (const raw of refused) {
    const result = checkExternalUrl(raw);
    assert.equal(result.ok, false, `accepted ${JSON.stringify(raw)}`);
    assert.ok(!result.ok && result.error.length > 0);
  }
});

test('whatever is accepted has an allowed scheme and no credentials', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.string({ unit: 'binary' })),
      (raw) => {
        const result = checkExternalUrl(raw);
        if (!result.ok) return;
        const url = new URL(result.value);
        assert.ok(['https:', 'mailto:', 'tel:'].includes(url.protocol), result.value);
        assert.equal(url.username + url.password, '');
      },
    ),
    { numRuns: 500 },
  );
});
