// The process boundaries are enforced by lint: these probes prove each rule fires (and allows what it should).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
const probes = [
  'renderer/boundary-probe.ts',
  'main/boundary-probe.ts',
  'main/domain/sync/boundary-probe.ts',
  'main/desktop/boundary-probe.ts',
];
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: probes } } } },
});

async function ruleMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

test('the renderer cannot import Node, Electron or main-process code', async () => {
  const code = [
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import { shell } from 'electron';",
    "import { BundleSchema } from '../main/model/bundle.ts';",
    'export const all = [readFileSync, path, shell, BundleSchema];',
  ].join('\n');
  const messages = await ruleMessages('renderer/boundary-probe.ts', code);
  assert.equal(messages.length, 4, messages.join('\n'));
});

test('the renderer may import only types from the contract', async () => {
  const typeOnly = "import type { LifelineApi } from '../preload/contract.ts';\nexport type A = LifelineApi;\n";
  assert.deepEqual(await ruleMessages('renderer/boundary-probe.ts', typeOnly), []);
  const value = "import { invokeContract } from '../preload/contract.ts';\nexport const c = invokeContract;\n";
  const messages = await ruleMessages('renderer/boundary-probe.ts', value);
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /Only type imports/);
});

test('domain modules in main/ cannot import Electron at all', async () => {
  const code = "import { app } from 'electron';\nexport const a = app;\n";
  const messages = await ruleMessages('main/domain/sync/boundary-probe.ts', code);
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /main\/desktop/);
});

test('raw ipcMain is banned outside the wrapper files', async () => {
  const code = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
  assert.equal((await ruleMessages('main/boundary-probe.ts', code)).length, 1);
});

test('raw ipcMain is banned in the desktop app too, outside its entry (main/desktop/main.ts)', async () => {
  const code = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
  const messages = await ruleMessages('main/desktop/boundary-probe.ts', code);
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /main\/desktop\/main\.ts and preload\/index\.ts/);
  const electron = "import { app } from 'electron';\nexport const a = app;\n";
  assert.deepEqual(await ruleMessages('main/desktop/boundary-probe.ts', electron), [], 'the desktop app may use Electron');
});
