// app://lifeline/ serves the renderer build (never file://); the serving rules live in main/domain/security.
import type { Protocol } from 'electron';
import { serveAppRequest } from '../domain/security/app-requests.ts';
import { APP_SCHEME } from '../domain/security/trusted-sender.ts';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(request.url, request.method, rendererDir);
    return new Response(response.body === null ? null : Buffer.from(response.body), {
      status: response.status,
      headers: response.headers,
    });
  });
}
