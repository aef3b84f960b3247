// The theme choice: kept in the user settings and applied to Electron's nativeTheme (which the page's
// prefers-color-scheme follows), at start and on every change.
import type { Theme } from '../../preload/contract.ts';
import type { ThemeStore } from '../domain/config/user-settings.ts';

export interface ThemeTarget {
  themeSource: Theme;
}

export function applyThemeSettings(nativeTheme: ThemeTarget, settings: ThemeStore): ThemeStore {
  nativeTheme.themeSource = settings.getTheme();
  return {
    getTheme: () => settings.getTheme(),
    setTheme: (next) => (nativeTheme.themeSource = settings.setTheme(next)),
  };
}
