// One running Lifeline: a second launch hands its lifeline:// link to the first, which routes it and comes
// to the front. Also claims the lifeline:// scheme and routes the link the app was launched with.
import { resolve } from 'node:path';
import { DEEP_LINK_SCHEME, findDeepLinkArgument } from '../domain/security/deep-link.ts';
import type { DeepLinkRouter } from './deep-link-router.ts';

/** What single-instance and link handling use of Electron's `app`. */
export interface LinkApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

/** The launch facts that matter here (Node's `process`, with Electron's `defaultApp`). */
export interface LaunchProcess {
  argv: string[];
  execPath: string;
  defaultApp?: boolean;
}

/** False (and the app quits) when another instance runs: it gets our link through 'second-instance'. */
export function claimSingleInstance(app: Pick<LinkApp, 'requestSingleInstanceLock' | 'quit'>): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

export interface LaunchLinkDeps {
  app: Pick<LinkApp, 'setAsDefaultProtocolClient' | 'on'>;
  process: LaunchProcess;
  router: Pick<DeepLinkRouter, 'open'>;
  /** Brings the window to the front (if there is one). */
  focus: () => void;
}

export function handleLaunchLinks({ app, process, router, focus }: LaunchLinkDeps): void {
  // Dev runs (electron .) need the script path so the OS can relaunch us with the link.
  if (process.defaultApp && process.argv[1] !== undefined) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.open(url);
    focus();
  });
  app.on('second-instance', (_event, argv) => {
    const link = findDeepLinkArgument(argv);
    if (link !== null) router.open(link);
    focus();
  });
  const initial = findDeepLinkArgument(process.argv);
  if (initial !== null) router.open(initial);
}
