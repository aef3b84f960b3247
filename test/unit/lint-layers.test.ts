// The layering of main/ (eslint.layers.js) is enforced by lint: one probe per folder rule, one per
// back-edge the layout removed, and a check that no folder escapes the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { MAIN_LAYERS } from '../../eslint.layers.js';

const root = join(import.meta.dirname, '..', '..');
const layers: Record<string, string[]> = MAIN_LAYERS;

/** One real file to import from each folder, as a probe would. */
const sampleFile: Record<string, string> = {
  'main/model': 'main/model/bundle.ts',
  'main/domain/net': 'main/domain/net/limits.ts',
  'main/domain/files': 'main/domain/files/fs-port.ts',
  'main/domain/tuf/shared': 'main/domain/tuf/shared/roles.ts',
  'main/domain/tuf/client': 'main/domain/tuf/client/source.ts',
  'main/domain/tuf/signing': 'main/domain/tuf/signing/metadata.ts',
  'main/domain/storage': 'main/domain/storage/layout.ts',
  'main/domain/search': 'main/domain/search/tokenize.ts',
  'main/domain/sync': 'main/domain/sync/core.ts',
  'main/domain/config': 'main/domain/config/resolve.ts',
  'main/domain/security': 'main/domain/security/csp.ts',
  'main/domain/escalation': 'main/domain/escalation/clock.ts',
  'main/domain/incidents': 'main/domain/incidents/store.ts',
  'main/domain/plans': 'main/domain/plans/findings.ts',
  'main/domain/print': 'main/domain/print/job-gate.ts',
  'main/domain/ipc': 'main/domain/ipc/dispatch.ts',
  'main/cli': 'main/cli/command.ts',
  'main/desktop': 'main/desktop/paths.ts',
  'main/preview': 'main/preview/guard.ts',
  preload: 'preload/api.ts',
};

const probeOf = (folder: string) => `${folder}/layer-probe.ts`;
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: Object.keys(layers).map(probeOf),
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 64,
        },
      },
    },
  },
});

async function layerMessages(probe: string, imported: string): Promise<string[]> {
  let spec = relative(dirname(join(root, probe)), join(root, imported));
  if (!spec.startsWith('.')) spec = `./${spec}`;
  const code = `import * as probe from '${spec}';\nexport const p = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, probe) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

test('every folder of main/ holding code is in the layer table', () => {
  const listed = Object.keys(layers);
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [dir] : [],
    );
  for (const folder of new Set(walk('main'))) {
    assert.ok(
      listed.some((l) => inside(folder, l)),
      `${folder} is not listed in eslint.layers.js`,
    );
  }
});

test('each folder may not import a folder outside its list (one probe per rule)', async () => {
  for (const [target, allowed] of Object.entries(layers)) {
    const forbidden = Object.keys(sampleFile).find(
      (f) => !inside(f, target) && !inside(target, f) && !allowed.some((a) => inside(f, a) || inside(a, f)),
    );
    if (forbidden === undefined) continue; // the programs may import every domain folder
    const messages = await layerMessages(probeOf(target), sampleFile[forbidden]!);
    assert.equal(messages.length, 1, `${target} importing ${forbidden}: ${messages.join('; ')}`);
    assert.match(messages[0]!, new RegExp(`^Unexpected path .* ${target} may import only`));
  }
});

test('each folder may import what its list names', async () => {
  for (const [target, allowed] of Object.entries(layers)) {
    for (const folder of allowed.filter((a) => sampleFile[a] !== undefined)) {
      assert.deepEqual(await layerMessages(probeOf(target), sampleFile[folder]!), [], `${target} -> ${folder}`);
    }
  }
});

test('the back-edges the layout removed now fail lint', async () => {
  const backEdges: [string, string][] = [
    ['main/domain/plans/report.ts', 'main/cli/command.ts'], // plans -> cli
    ['main/domain/tuf/signing/cli-flags.ts', 'main/cli/command.ts'], // tuf -> cli
    ['main/domain/storage/metadata-info.ts', 'main/domain/tuf/signing/metadata.ts'], // storage -> tuf
    ['main/domain/tuf/client/pinned-root.ts', 'main/domain/storage/layout.ts'], // tuf -> storage
    ['main/domain/tuf/client/verify.ts', 'main/domain/tuf/signing/metadata.ts'], // client -> signing
    ['main/domain/print/write-errors.ts', 'main/domain/ipc/dispatch.ts'], // print -> ipc
    ['main/domain/config/user-settings.ts', 'main/domain/ipc/handlers.ts'], // settings -> ipc
    ['main/preview/build-assets.ts', 'main/cli/command.ts'], // one program -> another
    ['main/model/errors.ts', 'preload/contract.ts'], // model -> contract (the contract imports model)
    ['main/domain/ipc/handlers.ts', 'preload/api.ts'], // domain -> the preload's implementation
  ];
  for (const [from, to] of backEdges) {
    const probe = join(dirname(from), 'layer-probe.ts');
    const messages = await layerMessages(probe, to);
    assert.equal(messages.length, 1, `${from} -> ${to}`);
  }
});
