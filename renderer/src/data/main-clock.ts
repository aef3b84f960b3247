// One clock: every countdown and timestamp on screen reads main's clock. The offset to this page's
// clock is learned from getNow (half the round trip allowed for) and refreshed every minute.
import { useEffect, useState } from 'react';
import { lifeline, settle } from './bridge.ts';

const RESYNC_MS = 60_000;
let offsetMs = 0;
let lastSync = -Infinity;
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

function resync(): Promise<void> {
  pending ??= (async () => {
    const sent = Date.now();
    const result = await settle(() => lifeline().getNow());
    const received = Date.now();
    if (result.ok) {
      const mainNow = Date.parse(result.value.now);
      if (!Number.isNaN(mainNow)) offsetMs = mainNow - (sent + received) / 2;
      lastSync = received;
      for (const listener of listeners) listener();
    }
    pending = null;
  })();
  return pending;
}

/** Main's time now, in epoch milliseconds, as best this page knows it. */
export function mainNow(): number {
  if (Date.now() - lastSync > RESYNC_MS) void resync();
  return Date.now() + offsetMs;
}

/** Re-renders every `tickMs` with main's time; the first value arrives once the offset is known. */
export function useMainNow(tickMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(() => (lastSync > -Infinity ? mainNow() : null));
  useEffect(() => {
    const update = () => setNow(mainNow());
    listeners.add(update);
    if (lastSync === -Infinity) void resync();
    else update();
    const timer = window.setInterval(update, tickMs);
    return () => {
      listeners.delete(update);
      window.clearInterval(timer);
    };
  }, [tickMs]);
  return now;
}
