// The window never navigates and never opens windows; allowlisted links leave through the OS instead.
// Electron security checklist #13 "Disable or limit navigation" and #14 "Disable or limit creation of new windows":
// https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
// https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
import { checkExternalUrl } from './external-url.ts';

export type OpenExternal = (url: string) => void;

/** For will-navigate / will-redirect / will-frame-navigate: always prevented; https/mailto/tel go to the OS. */
export function refuseNavigation(event: { preventDefault(): void }, url: string, openExternal: OpenExternal): void {
  event.preventDefault();
  const checked = checkExternalUrl(url);
  if (checked.ok) openExternal(checked.value);
}

/** For setWindowOpenHandler (window.open, target=_blank): always denied; allowlisted links go to the OS. */
export function denyWindowOpen(details: { url: string }, openExternal: OpenExternal): { action: 'deny' } {
  const checked = checkExternalUrl(details.url);
  if (checked.ok) openExternal(checked.value);
  return { action: 'deny' };
}
