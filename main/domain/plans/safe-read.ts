// Reading one plan file safely: symlinks followed only inside the plans directory, regular files only,
// at most 1 MiB, strict UTF-8 without control characters. Every problem is a finding, never a throw.
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Result } from '../../model/result.ts';
import type { Finding } from './findings.ts';
import { errnoCode, messageOf } from '../../model/thrown.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

export function finding(severity: Finding['severity'], file: string, rule: string, message: string, line = 1, column = 1): Finding {
  return { severity, file, line, column, rule, message };
}

export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export type Resolved = Result<{ real: string; stats: Stats }, Finding>;

/** Follows a symlink only if it stays inside the plans directory. */
export async function resolveEntry(root: string, abs: string, rel: string): Promise<Resolved> {
  let link: Stats;
  try {
    link = await lstat(abs);
  } catch (error) {
    return { ok: false, error: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
  let real = abs;
  if (link.isSymbolicLink()) {
    try {
      real = await realpath(abs);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ELOOP')
        return {
          ok: false,
          error: finding(
            'error',
            rel,
            'symlink-loop',
            `${rel} is a symbolic link that loops back on itself: replace it with the real file`,
          ),
        };
      if (code === 'ENOENT')
        return {
          ok: false,
          error: finding(
            'error',
            rel,
            'broken-symlink',
            `${rel} is a symbolic link to something that does not exist: fix or remove the link`,
          ),
        };
      return { ok: false, error: finding('error', rel, 'unreadable', `cannot follow the symbolic link ${rel}: ${reason(error)}`) };
    }
    if (!isInside(root, real)) {
      return {
        ok: false,
        error: finding(
          'error',
          rel,
          'symlink-outside',
          `${rel} is a symbolic link to ${real}, outside the plans directory: plans must not read files from elsewhere, so copy the file into the directory instead`,
        ),
      };
    }
  }
  try {
    return { ok: true, value: { real, stats: link.isSymbolicLink() ? await stat(real) : link } };
  } catch (error) {
    return { ok: false, error: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
}

export function reason(error: unknown): string {
  const code = errnoCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'it is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code ?? (messageOf(error) || 'unknown error');
  }
}

export function describeNonFile(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

export function sizeText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** Reads a regular file (already confined), capped at MAX_FILE_BYTES, strictly UTF-8. */
export async function readText(real: string, rel: string): Promise<Result<string, Finding>> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let handle;
  try {
    handle = await open(real, flags);
  } catch (error) {
    return { ok: false, error: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile())
      return {
        ok: false,
        error: finding(
          'error',
          rel,
          'not-a-file',
          `${rel} is ${describeNonFile(st)}, not a regular file: plans are read from regular files only`,
        ),
      };
    if (st.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        error: finding(
          'error',
          rel,
          'file-too-large',
          `${rel} is ${sizeText(st.size)}; plan files are limited to 1 MiB (1,048,576 bytes): split it into smaller files or trim it`,
        ),
      };
    }
    // Sized to the file (a zero-filled 1 MiB per file cost seconds of a 3,000-file lint), grown if it grows.
    let buffer = Buffer.allocUnsafe(Math.min(MAX_FILE_BYTES, st.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(MAX_FILE_BYTES + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_FILE_BYTES) {
        return {
          ok: false,
          error: finding(
            'error',
            rel,
            'file-too-large',
            `${rel} is larger than 1 MiB; plan files are limited to 1 MiB: split it into smaller files or trim it`,
          ),
        };
      }
    }
    return decode(buffer.subarray(0, length), rel);
  } catch (error) {
    return { ok: false, error: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function decode(bytes: Uint8Array, rel: string): Result<string, Finding> {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < before.length; i++) {
      if (before[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      error: finding(
        'error',
        rel,
        'not-utf8',
        `${rel} is not valid UTF-8 (byte ${hex} here, perhaps saved as Latin-1 or Windows-1252): save the file as UTF-8 in your editor`,
        line,
        column,
      ),
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const head = text.slice(0, control.index);
    const line = head.split('\n').length;
    const column = control.index - head.lastIndexOf('\n');
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      error: finding(
        'error',
        rel,
        'control-character',
        `invisible control character ${code} here: delete it (plan files are plain text)`,
        line,
        column,
      ),
    };
  }
  return { ok: true, value: text };
}
