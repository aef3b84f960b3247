// The loopback bridge: serves the built renderer and carries window.lifeline calls and events,
// behind the Host/Origin/token guards. Transport only: all validation happens in dispatch.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../preload/contract.ts';
import type { EventHub } from './event-hub.ts';
import { checkRequest } from './guard.ts';
import { readBody, securityHeaders, sendJson, sendText } from './http-util.ts';
import { isLifelineError } from '../model/errors.ts';

export interface StaticFile {
  body: Buffer;
  type: string;
}

export interface BridgeOptions {
  token: string;
  /** URL path (e.g. "/main.js") to content; nothing else is served. */
  files: Map<string, StaticFile>;
  invoke: (channel: string, args: unknown) => Promise<Result<unknown>>;
  events: EventHub;
  maxBodyBytes: number;
  port: () => number;
}

const INVOKE_PREFIX = '/api/invoke/';

export function createBridgeHandler(options: BridgeOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(options, request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'internal error');
      else response.end();
    });
  };
}

async function handle(options: BridgeOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  securityHeaders(response);
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const verdict = checkRequest(
    {
      host: request.headers.host,
      origin: request.headers.origin,
      authorization: request.headers.authorization,
      needsToken: path.startsWith('/api/'),
    },
    options.port(),
    options.token,
  );
  if (!verdict.ok) return sendText(response, verdict.error.status, verdict.error.reason);

  if (path === '/api/events' && request.method === 'GET') {
    if (!options.events.attach(response)) sendText(response, 503, 'too many event streams');
    return;
  }
  if (path.startsWith(INVOKE_PREFIX)) return invoke(options, path.slice(INVOKE_PREFIX.length), request, response);
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed');
  const file = options.files.get(path === '/' ? '/index.html' : path);
  if (!file) return sendText(response, 404, 'not found');
  response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

async function invoke(options: BridgeOptions, channel: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'POST') return sendText(response, 405, 'method not allowed');
  if (!/^[A-Za-z]{1,64}$/.test(channel)) return sendText(response, 404, 'not found');
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return sendText(response, 415, 'content-type must be application/json');
  }
  let raw: string;
  try {
    raw = await readBody(request, options.maxBodyBytes);
  } catch (error) {
    if (isLifelineError(error, 'body-too-large')) return sendText(response, 413, 'request body too large');
    throw error;
  }
  let args: unknown;
  try {
    args = JSON.parse(raw);
  } catch {
    return sendJson(response, 400, { ok: false, error: { code: 'bad-arguments', message: 'arguments are not JSON' } });
  }
  sendJson(response, 200, await options.invoke(channel, args));
}
