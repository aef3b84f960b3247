// Preview only: implements window.lifeline over the preview host's loopback bridge, so the renderer
// runs unchanged in a plain browser. The token arrives in the URL fragment (never sent to a server).
import type { EventChannel, EventContract, InvokeChannel, LifelineApi, Result } from '../../preload/contract.ts';
import { openEventStream } from './events.ts';

const TOKEN_KEY = 'lifeline-preview-token';

function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search); // keep it out of sight
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();

async function invoke(channel: InvokeChannel, args: unknown[]): Promise<Result<never>> {
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
    return (await response.json()) as Result<never>;
  } catch (error) {
    return failure('failed', `The preview host is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(code: 'bad-sender' | 'failed', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

// Every channel listed once; the Record type fails to compile if the contract gains or loses one.
const channels: Record<InvokeChannel, true> = {
  getAppInfo: true,
  getStatus: true,
  getBundle: true,
  getBundleInfo: true,
  listVendors: true,
  getVendor: true,
  getService: true,
  getRunbook: true,
  syncNow: true,
  importBundleFromFolder: true,
  openExternal: true,
  getTheme: true,
  setTheme: true,
  print: true,
  saveAsPdf: true,
  getNow: true,
  getEscalation: true,
  getVendorHours: true,
};

const events = openEventStream(token);
const subscribe =
  <E extends EventChannel>(event: E) =>
  (listener: (payload: EventContract[E]) => void) =>
    events.on(event, listener);

const methods = Object.fromEntries(
  Object.keys(channels).map((channel) => [channel, (...args: unknown[]) => invoke(channel as InvokeChannel, args)]),
);

const api = {
  ...methods,
  onStatusChanged: subscribe('statusChanged'),
  onSyncProgress: subscribe('syncProgress'),
  onNavigate: subscribe('navigate'),
  onMenuCommand: subscribe('menuCommand'),
} as LifelineApi;

Object.defineProperty(window, 'lifeline', { value: Object.freeze(api), writable: false, configurable: false });
