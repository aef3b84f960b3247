// Server-Sent Events read through fetch (so the token travels in a header, not the URL), with bounded
// reconnects; listeners are kept per event name and each subscription returns its unsubscribe.
import type { EventChannel, EventContract } from '../../preload/contract.ts';

type Listener = (payload: never) => void;

export interface EventStream {
  on<E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void): () => void;
}

export function openEventStream(token: string): EventStream {
  const listeners = new Map<string, Set<Listener>>();
  let started = false;

  const dispatch = (block: string) => {
    let name = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    if (!data) return;
    const payload = JSON.parse(data) as never;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  const connect = async (attempt: number): Promise<void> => {
    try {
      const response = await fetch('/api/events', { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      attempt = 0;
      document.documentElement.dataset.previewEvents = 'live'; // readiness signal for tests and debugging
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // host gone or restarted: retry below
    }
    delete document.documentElement.dataset.previewEvents;
    if (attempt < 20) window.setTimeout(() => void connect(attempt + 1), Math.min(30_000, 500 * 2 ** attempt));
  };

  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      if (!started) {
        started = true;
        void connect(0);
      }
      return () => set.delete(listener);
    },
  };
}
