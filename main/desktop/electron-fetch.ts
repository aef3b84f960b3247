// The app's fetch, on Chromium's network stack (system proxy and certificates). Built on net.request
// rather than net.fetch: net.fetch cancels a request on a manual redirect instead of returning it, so
// here a redirect becomes a plain 3xx response and fetchBounded decides whether to follow it.
import { Readable } from 'node:stream';
import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import type { FetchFn } from '../domain/net/bounded-fetch.ts';

export type RequestFn = (options: ClientRequestConstructorOptions) => ClientRequest;

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const body = NULL_BODY_STATUS.has(message.statusCode)
    ? null
    : (Readable.toWeb(message as unknown as Readable) as ReadableStream<Uint8Array>);
  return new Response(body, { status: message.statusCode, statusText: message.statusMessage, headers });
}

function urlOf(input: Parameters<FetchFn>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** An aborted request rejects with its signal's own reason (an AbortError unless the caller gave one), as fetch does. */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(`aborted: ${String(reason)}`);
}

export function createElectronFetch(request: RequestFn): FetchFn {
  const electronFetch = (input: Parameters<FetchFn>[0], init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? null;
      if (signal?.aborted) return reject(abortReason(signal));
      // Plans are public, signed files: no cookies or credentials go with them; caches revalidate.
      const req = request({
        url: urlOf(input),
        method: 'GET',
        redirect: 'manual',
        credentials: 'omit',
        useSessionCookies: false,
        cache: 'no-cache',
      });
      req.on('redirect', (statusCode, _method, redirectUrl) => {
        resolve(new Response(null, { status: statusCode, headers: { location: redirectUrl } }));
        req.abort();
      });
      req.on('response', (message) => resolve(toResponse(message)));
      req.on('error', reject);
      signal?.addEventListener(
        'abort',
        () => {
          reject(abortReason(signal));
          req.abort();
        },
        { once: true },
      );
      for (const [name, value] of new Headers(init?.headers)) req.setHeader(name, value);
      req.end();
      return undefined;
    });
  return electronFetch;
}
