// The preview host: the real renderer in any browser, driven by the same handlers and contract as Electron.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Theme } from '../../preload/contract.ts';
import { dispatch } from '../domain/ipc/dispatch.ts';
import { forwardStatusChanges } from '../domain/ipc/events.ts';
import { createHandlers, type EmitEvent, type HandlerDeps } from '../domain/ipc/handlers.ts';
import { systemClock, type Clock } from '../domain/escalation/clock.ts';
import { createIncidentStore } from '../domain/incidents/store.ts';
import { createFsPort } from '../domain/files/fs-port.ts';
import { stateLayout } from '../domain/storage/layout.ts';
import type { LifelineCore } from '../model/status.ts';
import { createBridgeHandler } from './bridge.ts';
import { buildPreviewAssets } from './build-assets.ts';
import { EventHub } from './event-hub.ts';
import { ipcFailure } from '../model/errors.ts';

export interface PreviewHostOptions {
  core: LifelineCore;
  /** The worker-backed search service; without it, search scans the active bundle. */
  search?: HandlerDeps['search'];
  /** 0 or absent: a random free port. */
  port?: number;
  appVersion?: string;
  /** Main's clock; `--now` starts it at a given instant. The system clock when absent. */
  clock?: Clock;
  /** The state directory: incidents live in its incidents/ folder. Without it, incidents are unavailable. */
  stateDir?: string;
  /** Where preview-only notes go (e.g. links the page asked to open). */
  log?: (line: string) => void;
}

export interface PreviewHost {
  /** Open this: it carries the token in its fragment, which the browser never sends to the server. */
  url: string;
  origin: string;
  token: string;
  port: number;
  emit: EmitEvent;
  /** URLs the page asked main to open (after main's allowlist), in order. */
  opened: string[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/** One browser needs a handful of sockets; hundreds are a flood, refused at accept. */
export const MAX_CONNECTIONS = 128;
export const HEADERS_TIMEOUT_MS = 10_000;

export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const log = options.log ?? (() => undefined);
  const assetsDir = await mkdtemp(join(tmpdir(), 'lifeline-preview-'));
  const files = await buildPreviewAssets(assetsDir);
  const token = randomBytes(24).toString('base64url');
  const events = new EventHub();
  const emit: EmitEvent = (event, payload) => events.emit(event, payload);
  const opened: string[] = [];
  let theme: Theme = 'system';
  const handlers = createHandlers({
    core: options.core,
    theme: { getTheme: () => theme, setTheme: (next) => (theme = next) },
    appInfo: () => ({ appVersion: options.appVersion ?? '0.0.0', preview: true, platform: process.platform }),
    openExternal: async (url) => {
      opened.push(url);
      log(`preview: the page asked to open ${url} (not opened: preview host)`);
    },
    pickFolder: notHere('Import from a folder (use --source <dir> with the preview host)'),
    print: notHere('Printing from the app menu (use the browser’s own print)'),
    saveAsPdf: notHere('Save as PDF (use the browser’s own print to PDF)'),
    emit,
    ...(options.search ? { search: options.search } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.stateDir ? { incidents: previewIncidents(options.stateDir, options.clock ?? systemClock) } : {}),
  });
  const stopForwarding = forwardStatusChanges(options.core, emit);
  let port = 0;
  // Node checks the header and request deadlines only every connectionsCheckingInterval (30 s by
  // default): slow-header sockets would live three times as long as headersTimeout says.
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: 30_000, connectionsCheckingInterval: 500 },
    createBridgeHandler({
      token,
      files,
      events,
      maxBodyBytes: MAX_BODY_BYTES,
      port: () => port,
      invoke: (channel, args) => dispatch(handlers, channel, args, (where, error) => log(`preview: ${where} failed: ${String(error)}`)),
    }),
  );
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    emit,
    opened,
    close: async () => {
      stopForwarding();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(assetsDir, { recursive: true, force: true });
    },
  };
}

function notHere(what: string): () => Promise<never> {
  return () => Promise.reject(ipcFailure('unsupported', `${what} is not available in the preview`));
}

/** The preview host has no save dialog: a save hands the export's text back to the page. */
function previewIncidents(stateDir: string, clock: Clock) {
  return {
    store: createIncidentStore({ dir: stateLayout(stateDir).incidents, fs: createFsPort(), clock }),
    saveExport: async (filename: string, text: string) => ({ saved: 'text' as const, filename, text }),
  };
}
