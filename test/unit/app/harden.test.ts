import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlistedOpener, hardenSession, hardenWebContents } from '../../../main/desktop/harden.ts';
import { FakeWebContents } from './fake-electron.ts';

test('only allowlisted links reach the OS browser', () => {
  const opened: string[] = [];
  const open = allowlistedOpener({ openExternal: async (url) => void opened.push(url) });
  open('https://status.example.com/');
  open('file:///etc/passwd');
  open('javascript:alert(1)');
  assert.deepEqual(opened, ['https://status.example.com/']);
});

test('a hardened page cannot navigate, open windows or attach webviews; links go out through the opener', () => {
  const contents = new FakeWebContents(1);
  const opened: string[] = [];
  hardenWebContents(contents, (url) => opened.push(url));
  let prevented = 0;
  const event = {
    preventDefault: () => {
      prevented++;
    },
  };
  contents.emit('will-navigate', event, 'https://status.example.com/');
  contents.emit('will-redirect', event, 'https://status.example.com/next');
  contents.emit('will-attach-webview', event);
  assert.equal(prevented, 3);
  assert.deepEqual(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' }), { action: 'deny' });
  assert.deepEqual(opened, ['https://status.example.com/', 'https://status.example.com/next']);
});

test('permission requests of the session are denied and logged', () => {
  const handlers: Array<(...args: never[]) => unknown> = [];
  const session = {
    setPermissionRequestHandler: (h: (...args: never[]) => unknown) => void handlers.push(h),
    setPermissionCheckHandler: () => undefined,
  };
  const logged: string[] = [];
  hardenSession(session, (line) => logged.push(line));
  let granted: boolean | undefined;
  handlers[0]?.(...([null, 'media', (g: boolean) => (granted = g)] as never[]));
  assert.equal(granted, false);
  assert.deepEqual(logged, ['denied permission request: media']);
});
