// Applies the navigation, window-open, webview and permission guards to every web contents and session.
// Electron security checklist: https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
import type { Session, WebContents } from 'electron';
import { denyWindowOpen, refuseNavigation } from '../domain/security/navigation.ts';
import { denyPermissions } from '../domain/security/permissions.ts';

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => refuseNavigation(event, url, openExternal));
  contents.on('will-redirect', (event, url) => refuseNavigation(event, url, openExternal));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openExternal));
  // Checklist #12, "Verify WebView options before creation": there are none, so none may attach.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session, log: (line: string) => void): void {
  denyPermissions(session, (permission) => log(`denied permission request: ${permission}`));
}
