// Serves app://lifeline/<file> from the renderer build only: no traversal, no symlinks out, strict headers.
// Electron security checklist #18, "Avoid usage of the file:// protocol and prefer usage of custom protocols":
// https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
import { readFile as fsReadFile, realpath as fsRealpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { hasHiddenCharacters } from './hidden-chars.ts';
import { mimeTypeFor } from './mime-types.ts';
import { APP_HOST, APP_SCHEME } from './trusted-sender.ts';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export interface AppFiles {
  readFile(path: string): Promise<Uint8Array>;
  realpath(path: string): Promise<string>;
}

const nodeFiles: AppFiles = { readFile: (p) => fsReadFile(p), realpath: (p) => fsRealpath(p) };

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function reply(status: number, text?: string): AppResponse {
  const body = text === undefined ? null : new TextEncoder().encode(text);
  return { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body };
}

/** The file a request maps to inside rootDir, or null when it tries to leave it or is malformed. */
export function mapRequestPath(rawUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (hasHiddenCharacters(path) || path.includes('\\') || path.split('/').some((s) => s === '..' || s.includes(':'))) {
    return null;
  }
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

export async function serveAppRequest(rawUrl: string, method: string, rootDir: string, files: AppFiles = nodeFiles): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return reply(405, 'method not allowed');
  const file = mapRequestPath(rawUrl, rootDir);
  if (file === null) return reply(404, 'not found');
  try {
    // A symlink inside the build must not lead outside it. Inside app.asar realpath may be unsupported:
    // then the lexical check above stands (an archive holds no symlinks out).
    const real = (path: string) => files.realpath(path).catch(() => path);
    const [realRoot, realFile] = await Promise.all([real(resolve(rootDir)), real(file)]);
    if (!realFile.startsWith(realRoot + sep)) return reply(404, 'not found');
    const body = await files.readFile(realFile);
    return {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': mimeTypeFor(realFile) },
      body: method === 'HEAD' ? null : body,
    };
  } catch {
    return reply(404, 'not found');
  }
}
