// One HTTP(S) GET with hard limits, over an injected fetch (Node's in the CLI, Chromium's network stack in the app, see main/desktop/electron-fetch.ts).
// Redirects are followed by hand so a server cannot send us to another scheme, host or port.
import { describeBytes, type FetchLimits, fetchFailure } from './limits.ts';
import { isLifelineError, type LifelineError } from '../../model/errors.ts';

export type FetchFn = typeof fetch;

function redirectTarget(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw fetchFailure(`redirect to an invalid location refused`, 'redirect');
  }
  if (next.protocol !== from.protocol) throw fetchFailure(`redirect to another scheme (${next.protocol}) refused`, 'redirect');
  if (next.host !== from.host) throw fetchFailure(`redirect to another host (${next.host}) refused`, 'redirect');
  if (next.username || next.password) throw fetchFailure('redirect to a URL with credentials refused', 'redirect');
  return next;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}

/** The 3xx answers that are redirects; 300, 304 and 305 are not, and are reported as what they are. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const HTML_MESSAGE = 'the server sent an HTML page instead of the file (a captive portal or login page?)';

/** Timers shared by the request and the body: overall deadline and idle (reset on every chunk). */
class Watchdog {
  readonly controller = new AbortController();
  reason: LifelineError<'fetch'> | null = null;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly deadlineTimer: NodeJS.Timeout;

  constructor(private readonly limits: FetchLimits) {
    this.deadlineTimer = setTimeout(
      () => this.fire(fetchFailure(`no complete answer within ${limits.deadlineMs / 1000} s (deadline)`, 'deadline')),
      limits.deadlineMs,
    );
    this.touch();
  }

  touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(
      () => this.fire(fetchFailure(`the server stalled: nothing received for ${this.limits.idleMs / 1000} s`, 'idle')),
      this.limits.idleMs,
    );
  }

  private fire(reason: LifelineError<'fetch'>): void {
    this.reason ??= reason;
    this.controller.abort(reason);
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadlineTimer);
  }
}

async function readCapped(response: Response, maxBytes: number, dog: Watchdog): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    dog.touch();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw fetchFailure(`the file is larger than the ${describeBytes(maxBytes)} allowed (after decoding)`, 'too-large');
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  const declared = Number(response.headers.get('content-length'));
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!encoded && Number.isFinite(declared) && declared > 0 && bytes.length < declared) {
    throw fetchFailure(`truncated: ${bytes.length} of ${declared} bytes arrived`, 'truncated');
  }
  return bytes;
}

function translate(error: unknown, dog: Watchdog): LifelineError<'fetch'> {
  if (dog.reason) return dog.reason;
  if (isLifelineError(error, 'fetch')) return error;
  const err = error as Error & { cause?: { code?: string; message?: string } };
  const detail = err.cause?.code ?? err.cause?.message ?? err.message;
  if (/terminated|other side closed|premature|ECONNRESET|UND_ERR_SOCKET/i.test(`${err.message} ${detail}`)) {
    return fetchFailure(`truncated: the connection closed before the whole file arrived (${detail})`, 'truncated');
  }
  return fetchFailure(`cannot reach the server (${detail})`, 'unreachable');
}

/** GET `url` and return its decoded body, or throw a fetch LifelineError (see fetchFailure). */
export async function fetchBounded(url: string, options: { fetch: FetchFn; limits: FetchLimits; maxBytes?: number }): Promise<Uint8Array> {
  const { limits } = options;
  const maxBytes = Math.min(options.maxBytes ?? limits.maxBytes, limits.maxBytes);
  const dog = new Watchdog(limits);
  try {
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(current.toString(), {
        redirect: 'manual',
        signal: dog.controller.signal,
        headers: { accept: 'application/json, */*;q=0.1' },
      });
      dog.touch();
      if (response.type === 'opaqueredirect' || response.status === 0) {
        // Some fetch implementations hide manual redirects; we cannot check where it goes, so refuse it.
        throw fetchFailure('redirect refused (its target is hidden by the HTTP stack)', 'redirect');
      }
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw fetchFailure(`HTTP ${response.status} redirect without a Location`, 'redirect');
        if (hop >= limits.maxRedirects) throw fetchFailure(`more than ${limits.maxRedirects} redirects`, 'redirect');
        current = redirectTarget(current, location);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        const text =
          response.status === 304
            ? 'HTTP 304 Not Modified to a plain request (a caching proxy answering for a copy we never had?)'
            : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw fetchFailure(
          response.status === 404 ? `not found (${text})` : text,
          response.status === 404 ? 'not-found' : 'http-status',
          response.status,
        );
      }
      if ((response.headers.get('content-type') ?? '').toLowerCase().includes('text/html')) {
        await response.body?.cancel().catch(() => undefined);
        throw fetchFailure(HTML_MESSAGE, 'html');
      }
      const bytes = await readCapped(response, maxBytes, dog);
      if (looksLikeHtml(bytes)) throw fetchFailure(HTML_MESSAGE, 'html');
      return bytes;
    }
  } catch (error) {
    throw translate(error, dog);
  } finally {
    dog.stop();
  }
}
