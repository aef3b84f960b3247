import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyThemeSettings, type ThemeTarget } from '../../../main/desktop/theme.ts';
import { openUserSettings, type SettingsFile } from '../../../main/domain/config/user-settings.ts';

function settingsFile(initial: Record<string, unknown>): SettingsFile & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, path: '/tmp/settings.json', get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

test('the saved theme is applied at start, and a change reaches nativeTheme and the settings file', () => {
  const file = settingsFile({ theme: 'light' });
  const nativeTheme: ThemeTarget = { themeSource: 'system' };
  const theme = applyThemeSettings(
    nativeTheme,
    openUserSettings(() => file),
  );
  assert.equal(nativeTheme.themeSource, 'light');
  assert.equal(theme.getTheme(), 'light');
  assert.equal(theme.setTheme('dark'), 'dark');
  assert.equal(nativeTheme.themeSource, 'dark');
  assert.equal(file.data.theme, 'dark');
  assert.equal(theme.getTheme(), 'dark');
});
