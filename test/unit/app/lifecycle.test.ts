import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { guardContents, startWhenReady, stopOnQuit } from '../../../main/desktop/lifecycle.ts';

function fakeApp() {
  const done: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    quit: () => void done.push('quit'),
    exit: (code: number) => void done.push(`exit ${code}`),
    whenReady: async () => void done.push('ready'),
  });
  return { app, done };
}

test('every new web contents is hardened, and closing the window quits the app', () => {
  const { app, done } = fakeApp();
  const hardened: string[] = [];
  guardContents<string>(app, (contents) => hardened.push(contents));
  app.emit('web-contents-created', {}, 'contents 1');
  assert.deepEqual(hardened, ['contents 1']);
  assert.deepEqual(done, []);
  app.emit('window-all-closed');
  assert.deepEqual(done, ['quit']);
});

test('before quitting, the core and the search worker are stopped', () => {
  const { app } = fakeApp();
  const stopped: string[] = [];
  stopOnQuit(app, {
    core: { stop: () => void stopped.push('core') },
    search: { detach: async () => void stopped.push('search') },
  });
  assert.deepEqual(stopped, []);
  app.emit('before-quit');
  assert.deepEqual(stopped, ['core', 'search']);
});

test('a start that fails is logged, shown in an error box, and the app exits with 1', async () => {
  const { app, done } = fakeApp();
  const logged: string[] = [];
  const boxes: string[][] = [];
  const dialog = { showErrorBox: (title: string, content: string) => void boxes.push([title, content]) };
  await startWhenReady({ app, dialog, log: (line) => logged.push(line) }, async () => {
    throw new Error('the state folder is read-only');
  });
  assert.deepEqual(logged, ['failed to start: the state folder is read-only']);
  assert.deepEqual(boxes, [['Lifeline could not start', 'the state folder is read-only']]);
  assert.deepEqual(done, ['ready', 'exit 1']);
});

test('a start that succeeds runs once the app is ready, and neither shows a box nor exits', async () => {
  const { app, done } = fakeApp();
  const dialog = { showErrorBox: () => assert.fail('no error box') };
  await startWhenReady({ app, dialog, log: () => assert.fail('nothing to log') }, async () => void done.push('started'));
  assert.deepEqual(done, ['ready', 'started']);
});
