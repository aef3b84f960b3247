// Applies the navigation, window-open, webview and permission guards to every web contents and session.
// Electron security checklist: https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
import type { Shell } from 'electron';
import { checkExternalUrl } from '../domain/security/external-url.ts';
import { denyWindowOpen, refuseNavigation } from '../domain/security/navigation.ts';
import { denyPermissions, type PermissionSessionLike } from '../domain/security/permissions.ts';

type Preventable = { preventDefault(): void };

/** What the guards use of a web contents (Electron's WebContents has it). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => refuseNavigation(event, url, openExternal));
  contents.on('will-redirect', (event, url) => refuseNavigation(event, url, openExternal));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openExternal));
  // Checklist #12, "Verify WebView options before creation": there are none, so none may attach.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: PermissionSessionLike, log: (line: string) => void): void {
  denyPermissions(session, (permission) => log(`denied permission request: ${permission}`));
}

/** Opens a link in the OS browser only if the allowlist accepts it (checked again here: every path to the OS goes through it). */
export function allowlistedOpener(shell: Pick<Shell, 'openExternal'>): (url: string) => void {
  return (url) => {
    const checked = checkExternalUrl(url);
    if (checked.ok) void shell.openExternal(checked.value);
  };
}
