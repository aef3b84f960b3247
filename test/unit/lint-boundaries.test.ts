// The process boundaries are enforced by lint: these probes prove each rule fires (and allows what it should).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { RENDERER_LAYERS } from '../../eslint.layers.js';

const root = join(import.meta.dirname, '..', '..');
const probes = [
  'renderer/boundary-probe.ts',
  'main/boundary-probe.ts',
  'main/domain/sync/boundary-probe.ts',
  'main/desktop/boundary-probe.ts',
  ...['domain', 'data', 'components', 'features/print', 'features/home', 'app'].map((f) => `renderer/src/${f}/boundary-probe.ts`),
];
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: probes, maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16 },
      },
    },
  },
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

/** Messages of the renderer layering (import-x/no-restricted-paths) for a probe importing `spec`. */
async function layerMessages(file: string, spec: string): Promise<string[]> {
  const code = `import * as probe from '${spec}';\nexport const p = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

test('renderer domain/ imports nothing else of the renderer', async () => {
  const messages = await layerMessages('renderer/src/domain/boundary-probe.ts', '../data/bridge.ts');
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0] ?? '', /renderer\/src\/domain may import only: nothing else of the renderer/);
});

test('renderer data/ imports only domain/', async () => {
  assert.equal((await layerMessages('renderer/src/data/boundary-probe.ts', '../components/CopyButton.tsx')).length, 1);
  assert.deepEqual(await layerMessages('renderer/src/data/boundary-probe.ts', '../domain/routes.ts'), []);
});

test('renderer components/ import only data/ and domain/, never a screen', async () => {
  assert.equal((await layerMessages('renderer/src/components/boundary-probe.ts', '../features/home/HomeScreen.tsx')).length, 1);
  assert.equal((await layerMessages('renderer/src/components/boundary-probe.ts', '../app/App.tsx')).length, 1);
  assert.deepEqual(await layerMessages('renderer/src/components/boundary-probe.ts', '../data/bridge.ts'), []);
});

test('a screen never imports the app, nor a screen not listed for it', async () => {
  assert.equal((await layerMessages('renderer/src/features/print/boundary-probe.ts', '../../app/App.tsx')).length, 1);
  const messages = await layerMessages('renderer/src/features/print/boundary-probe.ts', '../vendors/VendorsScreen.tsx');
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /renderer\/src\/features\/print may import only: components, data, domain/);
  assert.deepEqual(
    await layerMessages('renderer/src/features/home/boundary-probe.ts', '../vendors/VendorsScreen.tsx'),
    [],
    'home embeds the vendor list',
  );
});

test('the app may import every screen', async () => {
  assert.deepEqual(await layerMessages('renderer/src/app/boundary-probe.ts', '../features/vendors/VendorsScreen.tsx'), []);
});

test('every folder of renderer/src holding code is in the renderer layer table', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [dir] : [],
    );
  const listed = Object.keys(RENDERER_LAYERS).map((f) => `renderer/src/${f}`);
  for (const folder of new Set(walk('renderer/src'))) {
    if (folder === 'renderer/src') continue; // main.tsx, the page's entry, composes everything
    assert.ok(
      listed.some((l) => folder === l || folder.startsWith(`${l}/`)),
      `${folder} is not listed in eslint.layers.js`,
    );
  }
});
