// electron-builder.yml against electron-builder's own JSON schema, plus what Lifeline requires of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  extraResources: Array<{ from: string; to: string }>;
  protocols: Array<{ schemes: string[] }>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  files: string[];
};

test('the file is valid against app-builder-lib/scheme.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const valid = validate(config);
  assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
});

test('a typo is caught by the same schema (the check has teeth)', () => {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.equal(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } }), false);
  assert.equal(validate({ ...config, protocol: config.protocols }), false);
});

test('identity, targets per platform, the lifeline protocol and the fuses', () => {
  assert.equal(config.productName, 'Lifeline');
  assert.equal(typeof config.appId, 'string');
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.deepEqual(config.win.target, ['nsis']);
  assert.deepEqual(config.mac.target, ['dmg']);
  assert.deepEqual(
    config.protocols.flatMap((p) => p.schemes),
    ['lifeline'],
  );
  assert.deepEqual(
    {
      runAsNode: config.electronFuses.runAsNode,
      enableNodeOptionsEnvironmentVariable: config.electronFuses.enableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: config.electronFuses.enableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: config.electronFuses.enableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: config.electronFuses.onlyLoadAppFromAsar,
    },
    {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
  );
});

test('only dist/ and package.json are packaged; the demo repository and its root ship as resources', () => {
  assert.deepEqual(
    config.files.filter((f) => !f.startsWith('!')),
    ['dist/**/*', 'package.json'],
  );
  const resources = new Map(config.extraResources.map((r) => [r.to, r.from]));
  assert.equal(resources.get('demo/repo'), 'resources/demo/repo');
  assert.equal(resources.get('demo/root.json'), 'resources/demo/root.json');
  for (const from of resources.values()) assert.ok(existsSync(join(root, from)), `${from} is missing`);
  assert.ok(existsSync(join(root, String(config.icon))), 'icon is missing');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
  assert.equal(pkg.main, 'dist/main/app.cjs', 'package.json main is the bundled main process');
});
