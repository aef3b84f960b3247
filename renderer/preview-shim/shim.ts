// Preview only: window.lifeline over the preview host's loopback bridge, built by the preload's own
// factory (preload/api.ts), so the renderer runs unchanged in a plain browser and the method list
// exists once. The token arrives in the URL fragment (never sent to a server) and is kept for the tab.
import type { Result } from '../../preload/contract.ts';
import { createApi, type IpcRendererLike } from '../../preload/api.ts';
import { openEventStream } from './events.ts';

const TOKEN_KEY = 'lifeline-preview-token';
const PREFIX = 'lifeline:';

function takeToken(): string {
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search); // keep it out of sight
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();

async function invoke(channel: string, args: unknown[]): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/invoke/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(args),
    });
    if (response.status === 401) return failure('bad-sender', 'The preview token was refused: reopen the URL the preview host printed.');
    if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
      return failure('failed', `The preview host refused the call (HTTP ${response.status}: ${await response.text()})`);
    }
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return failure('failed', `The preview host is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(code: 'bad-sender' | 'failed', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

type WireListener = (event: unknown, ...args: unknown[]) => void;

/** The bridge as an ipcRenderer look-alike: what the preload's factory expects. */
function loopbackIpc(): IpcRendererLike {
  const events = openEventStream(token);
  const unsubscribes = new Map<WireListener, () => void>();
  const nameOf = (channel: string) => channel.slice(PREFIX.length) as Parameters<typeof events.on>[0];
  return {
    invoke: (channel, ...args) => invoke(nameOf(channel), args),
    on: (channel, listener) => {
      unsubscribes.set(
        listener,
        events.on(nameOf(channel), (payload) => listener(null, payload)),
      );
    },
    removeListener: (_channel, listener) => {
      unsubscribes.get(listener)?.();
      unsubscribes.delete(listener);
    },
  };
}

Object.defineProperty(window, 'lifeline', { value: Object.freeze(createApi(loopbackIpc())), writable: false, configurable: false });
