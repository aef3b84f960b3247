// User settings (theme, and the user layer of the sync configuration) over an electron-store-like file.
// A corrupt or unreadable file never blocks the app: defaults in memory, the file kept untouched for
// inspection, and the problem reported once.
import { THEMES, type Theme } from '../../../preload/contract.ts';

/** The part of electron-store (conf) used here; both methods may throw when the file is corrupt. */
export interface SettingsFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

/** Where the chosen theme lives: the settings file in the app, memory in the preview host. */
export interface ThemeStore {
  getTheme(): Theme;
  setTheme(theme: Theme): Theme;
}

export interface UserSettings extends ThemeStore {
  /** The user layer for resolveConfig's `readUserSettings`; throws when the file is unusable. */
  readSync: () => unknown;
  /** Why the file is not in use (null when it is). */
  problem(): string | null;
}

export const SYNC_KEY = 'sync';
export const THEME_KEY = 'theme';

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n', 1)[0] ?? '') : String(error);
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function openUserSettings(open: () => SettingsFile, where = 'the settings file'): UserSettings {
  let file: SettingsFile | null = null;
  let problem: string | null = null;
  let memoryTheme: Theme = 'system';

  const fallBack = (error: unknown) => {
    const path = file?.path ?? where;
    file = null; // from now on: memory only, never overwrite what is on disk
    problem = `${path} could not be used; defaults are in effect and the file is kept for inspection (${describe(error)})`;
  };

  try {
    file = open();
  } catch (error) {
    fallBack(error);
  }

  return {
    getTheme() {
      if (file === null) return memoryTheme;
      try {
        const stored = file.get(THEME_KEY);
        return isTheme(stored) ? stored : 'system';
      } catch (error) {
        fallBack(error);
        return memoryTheme;
      }
    },
    setTheme(theme) {
      memoryTheme = theme;
      if (file !== null) {
        try {
          file.set(THEME_KEY, theme);
        } catch (error) {
          fallBack(error);
        }
      }
      return theme;
    },
    readSync() {
      if (file === null) throw new Error(problem ?? 'settings unavailable');
      return file.get(SYNC_KEY) ?? {};
    },
    problem: () => problem,
  };
}
