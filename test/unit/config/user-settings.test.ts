// Runs against conf, the store electron-store is built on (electron-store only adds Electron's paths).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Conf from 'conf';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../../main/domain/config/resolve.ts';
import { openUserSettings } from '../../../main/domain/config/user-settings.ts';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-settings-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const openConf = (dir: string) => () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });

test('theme and sync settings persist through the store', async () => {
  await withDir(async (dir) => {
    const settings = openUserSettings(openConf(dir));
    assert.equal(settings.getTheme(), 'system');
    assert.equal(settings.setTheme('dark'), 'dark');
    assert.equal(openUserSettings(openConf(dir)).getTheme(), 'dark');
    assert.deepEqual(settings.readSync(), {});
    assert.equal(settings.problem(), null);
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as unknown;
    assert.deepEqual(onDisk, { theme: 'dark' });
  });
});

test('a corrupt settings file gives defaults in memory and is kept byte for byte', async () => {
  await withDir(async (dir) => {
    const corrupt = '{"theme": "dark", "sync": {"sources": [';
    await writeFile(join(dir, 'settings.json'), corrupt);
    const settings = openUserSettings(openConf(dir), join(dir, 'settings.json'));
    assert.equal(settings.getTheme(), 'system');
    assert.equal(settings.setTheme('light'), 'light');
    assert.equal(settings.getTheme(), 'light', 'the choice holds for this session');
    assert.match(settings.problem() ?? '', /settings\.json could not be used; defaults are in effect and the file is kept/);
    assert.equal(await readFile(join(dir, 'settings.json'), 'utf8'), corrupt);
    // The sync configuration reports it in plain words and falls back to defaults.
    const config = resolveConfig({ policyPath: join(dir, 'none.json'), readFile: () => null, readUserSettings: settings.readSync });
    assert.deepEqual(config.sources, []);
    assert.ok(
      config.problems.some((p) => p.includes('user settings could not be read')),
      config.problems.join('\n'),
    );
  });
});

test('a file corrupted while running switches to memory without overwriting it', async () => {
  await withDir(async (dir) => {
    const settings = openUserSettings(openConf(dir));
    settings.setTheme('dark');
    await writeFile(join(dir, 'settings.json'), 'not json');
    assert.equal(settings.setTheme('light'), 'light');
    assert.equal(settings.getTheme(), 'light');
    assert.equal(await readFile(join(dir, 'settings.json'), 'utf8'), 'not json');
    assert.notEqual(settings.problem(), null);
  });
});

test('unknown theme values and user sync settings are read as data, validated by the config layer', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'neon', sync: { intervalMinutes: 30, bogus: 1 } }));
    const settings = openUserSettings(openConf(dir));
    assert.equal(settings.getTheme(), 'system');
    const config = resolveConfig({ policyPath: join(dir, 'none.json'), readFile: () => null, readUserSettings: settings.readSync });
    assert.equal(config.origin.intervalMinutes, 'default', 'an invalid user layer is ignored as a whole');
    assert.ok(config.problems.some((p) => p.includes('user settings is invalid')));
  });
});
