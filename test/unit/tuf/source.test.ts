import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSource } from '../../../main/domain/tuf/client/source.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

test('https URLs, loopback http and directories are sources', () => {
  assert.deepEqual(parseSource('https://plans.example.com/repo/'), {
    kind: 'http',
    url: 'https://plans.example.com/repo',
    insecure: false,
  });
  assert.equal(parseSource('http://127.0.0.1:8080/r').kind, 'http');
  assert.equal(parseSource('http://localhost/r').kind, 'http');
  assert.equal(parseSource('http://[::1]:9/r').kind, 'http');
  assert.deepEqual(parseSource('repo', { cwd: '/srv' }), { kind: 'dir', path: '/srv/repo' });
  assert.deepEqual(parseSource('file:///mnt/usb/repo'), { kind: 'dir', path: '/mnt/usb/repo' });
  assert.equal(parseSource('C:\\plans\\repo').kind, 'dir');
});

test('plain http elsewhere needs the insecure mark', () => {
  assert.throws(() => parseSource('http://plans.example.com/'), /only allowed for loopback/);
  assert.deepEqual(parseSource('http://plans.example.com/', { insecure: true }), {
    kind: 'http',
    url: 'http://plans.example.com',
    insecure: true,
  });
});

test('dangerous or unsupported sources are refused with a clear message', () => {
  for (const [input, message] of [
    ['javascript:alert(1)', /unsupported source scheme "javascript:"/],
    ['JavaScript:alert(1)', /unsupported source scheme/],
    ['file://user:pw@host/share', /credentials/],
    ['file://fileserver/share', /remote host/],
    ['https://user:secret@plans.example.com/', /credentials/],
    ['ftp://plans.example.com/', /unsupported/],
    ['data:text/html,hi', /unsupported/],
    ['', /empty/],
    ['repo\0x', /NUL/],
  ] as const) {
    assert.throws(
      () => parseSource(input),
      (e: unknown) => isLifelineError(e, 'source') && message.test(e.message),
      input,
    );
  }
});
