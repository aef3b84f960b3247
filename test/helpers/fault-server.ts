// A loopback HTTP server serving a repository directory, counting requests and bytes, and injecting
// transport faults on chosen paths. Every response it holds open is destroyed on close().
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | { kind: 'truncate' }
  | { kind: 'endless' }
  | { kind: 'gzip-bomb' }
  | { kind: 'stall' }
  /** The real file (404 if missing), one byte every `everyMs`: inside any idle timeout, slow overall. */
  | { kind: 'trickle'; everyMs: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number }
  | { kind: 'captive-portal' };

export interface FaultServer {
  url: string;
  port: number;
  /** Repository directory being served (may be swapped to serve another copy). */
  repoDir: string;
  requests: string[];
  bytesSent: number;
  /** Inject `fault` for request paths matching `match` (all when omitted). */
  inject(fault: Fault | null, match?: RegExp): void;
  resetCounters(): void;
  close(): Promise<void>;
}

const PORTAL = '<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Please log in to continue.</body></html>';
// 64 MiB of zeros compress to about 64 KiB: a decompression bomb for any client that does not count.
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

export async function startFaultServer(repoDir: string, host = '127.0.0.1'): Promise<FaultServer> {
  let fault: Fault | null = null;
  let match: RegExp = /.*/;
  const sockets = new Set<Socket>();
  const state = { requests: [] as string[], bytesSent: 0 };

  const send = (res: ServerResponse, status: number, body: Buffer, headers: Record<string, string | number> = {}) => {
    state.bytesSent += body.length;
    res.writeHead(status, { 'content-length': body.length, ...headers });
    res.end(body);
  };

  const serveFault = (f: Fault, res: ServerResponse, body: Buffer | null) => {
    switch (f.kind) {
      case 'truncate': {
        const full = body ?? Buffer.alloc(1000, 'x');
        res.writeHead(200, { 'content-length': full.length });
        res.write(full.subarray(0, Math.floor(full.length / 2)));
        state.bytesSent += Math.floor(full.length / 2);
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      case 'endless': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        // Bounded even if the client never stops reading: 200 MiB at most.
        const pump = () => {
          while (sent < 200 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            state.bytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
        return;
      }
      case 'gzip-bomb':
        return send(res, 200, BOMB, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      case 'trickle': {
        if (!body) return send(res, 404, Buffer.from('not found'));
        res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/json' });
        let at = 0;
        const drip = setInterval(() => {
          if (res.destroyed || at >= body.length) {
            clearInterval(drip);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body.subarray(at, at + 1));
          at += 1;
          state.bytesSent += 1;
        }, f.everyMs);
        res.once('close', () => clearInterval(drip));
        return;
      }
      case 'stall':
        return; // accept and never answer; close() destroys the socket
      case 'redirect':
        res.writeHead(302, { location: f.location, 'content-length': 0 });
        res.end();
        return;
      case 'status':
        return send(res, f.status, Buffer.from(`error ${f.status}`));
      case 'captive-portal':
        return send(res, 200, Buffer.from(PORTAL), { 'content-type': 'text/html' });
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      state.requests.push(path);
      const rel = normalize(path).replace(/^(\.\.[/\\])+/, '');
      const body = await readFile(join(api.repoDir, rel)).catch(() => null);
      if (fault && match.test(path)) return serveFault(fault, res, body);
      if (!body) return send(res, 404, Buffer.from('not found'));
      // How a real host should serve TUF: metadata revalidated, hashed targets immutable.
      const cache = path.includes('/targets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      send(res, 200, body, { 'content-type': 'application/json', 'cache-control': cache });
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const api: FaultServer = {
    url: `http://${host}:${port}`,
    port,
    repoDir,
    get requests() {
      return state.requests;
    },
    get bytesSent() {
      return state.bytesSent;
    },
    inject(next, pattern) {
      fault = next;
      match = pattern ?? /.*/;
    },
    resetCounters() {
      state.requests = [];
      state.bytesSent = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}
