// Lifeline needs no camera, microphone, notifications, geolocation, clipboard reading...: deny every request
// and check, except writing text to the clipboard (the copy buttons next to phone numbers and account ids).
// Electron security checklist #5, "Handle session permission requests from remote content":
// https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function denyPermissions(session: PermissionSessionLike, onDenied: (permission: string) => void = () => {}): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    const allowed = isPermissionAllowed(permission);
    if (!allowed) onDenied(permission);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
}
