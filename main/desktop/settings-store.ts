// electron-store behind the UserSettings interface; a corrupt file is kept, never cleared.
import Store from 'electron-store';
import { openUserSettings, type UserSettings } from '../domain/config/user-settings.ts';

export function openSettingsStore(): UserSettings {
  return openUserSettings(() => new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: false }));
}
