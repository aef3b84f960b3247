// The one main window, held while it lives: every part asks the holder for it, none keeps its own reference.

/** What the holder needs of a window (Electron's BrowserWindow has it). */
export interface HeldWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  on(event: 'closed', listener: () => void): unknown;
}

export interface WindowHolder<W extends HeldWindow> {
  /** The window while it is open; null before it exists, after 'closed' and once destroyed. */
  current(): W | null;
  /** Holds a new window until it emits 'closed'. */
  hold(window: W): void;
  /** Restores and focuses the window if there is one (a second launch, a deep link). */
  focus(): void;
}

export function createWindowHolder<W extends HeldWindow>(): WindowHolder<W> {
  let window: W | null = null;
  const current = () => (window !== null && !window.isDestroyed() ? window : null);
  return {
    current,
    hold(next) {
      window = next;
      next.on('closed', () => (window = null));
    },
    focus() {
      const target = current();
      if (!target) return;
      if (target.isMinimized()) target.restore();
      target.focus();
    },
  };
}
