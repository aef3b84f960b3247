// Server-Sent Events fan-out for the preview bridge: every connected page gets every event.
import type { ServerResponse } from 'node:http';
import type { EventChannel, EventContract } from '../../preload/contract.ts';

const HEARTBEAT_MS = 15_000;
const MAX_CLIENTS = 32; // bounded: a runaway page cannot exhaust the host

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);

  constructor() {
    this.heartbeat.unref();
  }

  /** Takes over the response as an event stream; false when too many are open. */
  attach(response: ServerResponse): boolean {
    if (this.clients.size >= MAX_CLIENTS) return false;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    return true;
  }

  emit<E extends EventChannel>(event: E, payload: EventContract[E]): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
