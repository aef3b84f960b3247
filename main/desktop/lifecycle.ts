// The app's start and end: every new web contents hardened, quit when the window is closed, the core and
// the search worker stopped before quitting, and a start that fails said out loud before leaving.
import { messageOf } from '../model/thrown.ts';

/** What the lifecycle uses of Electron's `app`. */
export interface LifecycleApp<C> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: C) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: () => void): unknown;
  quit(): void;
  exit(exitCode: number): void;
  whenReady(): Promise<void>;
}

/** Hardens every web contents as it is created, and quits once the window is closed (on every platform). */
export function guardContents<C>(app: Pick<LifecycleApp<C>, 'on' | 'quit'>, harden: (contents: C) => void): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => app.quit());
}

export interface Stoppable {
  core: { stop(): void };
  search: { detach(): Promise<void> };
}

/** Stops the core's timers and the search worker when the app quits. */
export function stopOnQuit(app: Pick<LifecycleApp<unknown>, 'on'>, { core, search }: Stoppable): void {
  app.on('before-quit', () => {
    core.stop();
    void search.detach();
  });
}

export interface StartDeps {
  app: Pick<LifecycleApp<unknown>, 'whenReady' | 'exit'>;
  dialog: { showErrorBox(title: string, content: string): void };
  log: (line: string) => void;
}

/** Runs `ready` once the app is ready; if it fails: never a silent blank, say why, then leave. */
export function startWhenReady({ app, dialog, log }: StartDeps, ready: () => Promise<void>): Promise<void> {
  return app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      // A half-wired app would answer nothing.
      const reason = messageOf(error);
      log(`failed to start: ${reason}`);
      dialog.showErrorBox('Lifeline could not start', reason);
      app.exit(1);
    });
}
