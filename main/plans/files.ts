// Reads a plans directory safely: only regular files, confined to the directory (symlinks that lead
// outside are refused), at most 1 MiB each, strict UTF-8. Anything odd becomes a finding, never a throw.
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Finding } from './findings.ts';
import { compareText } from './findings.ts';
import { ID_PATTERN, slugify } from './values.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

export type FileKind = 'manifest' | 'vendor' | 'service' | 'runbook';

export interface SourceFile {
  kind: FileKind;
  /** Relative path with forward slashes. */
  rel: string;
  /** The id the file name gives (for lifeline.yaml: ''). */
  id: string;
  /** Decoded text: BOM removed, CRLF turned into LF. */
  text: string;
}

export interface ReadResult {
  files: SourceFile[];
  findings: Finding[];
  /** Ids named by file names, valid or not, whether or not the file could be read: references to them are not "unknown". */
  ids: { vendor: Set<string>; service: Set<string>; runbook: Set<string> };
  /** Whether lifeline.yaml exists (even if unreadable). */
  hasManifest: boolean;
  /** Every plan file examined, read or not (relative paths). */
  examined: string[];
}

const SECTIONS = { vendors: { kind: 'vendor', ext: '.yaml' }, services: { kind: 'service', ext: '.yaml' }, runbooks: { kind: 'runbook', ext: '.md' } } as const;
type Section = keyof typeof SECTIONS;

/** Files that commonly live next to plans in a repository and are ignored without a warning. */
const QUIET_ROOT_FILES = /^(readme|license|licence|codeowners|changelog|contributing)(\.[a-z0-9]+)?$/i;

function finding(severity: Finding['severity'], file: string, rule: string, message: string, line = 1, column = 1): Finding {
  return { severity, file, line, column, rule, message };
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

type Resolved = { ok: true; real: string; stats: Stats } | { ok: false; finding: Finding };

/** Follows a symlink only if it stays inside the plans directory. */
async function resolveEntry(root: string, abs: string, rel: string): Promise<Resolved> {
  let link: Stats;
  try {
    link = await lstat(abs);
  } catch (error) {
    return { ok: false, finding: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
  let real = abs;
  if (link.isSymbolicLink()) {
    try {
      real = await realpath(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { ok: false, finding: finding('error', rel, 'symlink-loop', `${rel} is a symbolic link that loops back on itself: replace it with the real file`) };
      if (code === 'ENOENT') return { ok: false, finding: finding('error', rel, 'broken-symlink', `${rel} is a symbolic link to something that does not exist: fix or remove the link`) };
      return { ok: false, finding: finding('error', rel, 'unreadable', `cannot follow the symbolic link ${rel}: ${reason(error)}`) };
    }
    if (!isInside(root, real)) {
      return {
        ok: false,
        finding: finding('error', rel, 'symlink-outside', `${rel} is a symbolic link to ${real}, outside the plans directory: plans must not read files from elsewhere, so copy the file into the directory instead`),
      };
    }
  }
  try {
    return { ok: true, real, stats: link.isSymbolicLink() ? await stat(real) : link };
  } catch (error) {
    return { ok: false, finding: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
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
      return e.code ?? (e.message || 'unknown error');
  }
}

function describeNonFile(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function sizeText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** Reads a regular file (already confined), capped at MAX_FILE_BYTES, strictly UTF-8. */
async function readText(real: string, rel: string): Promise<{ text: string } | { finding: Finding }> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let handle;
  try {
    handle = await open(real, flags);
  } catch (error) {
    return { finding: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { finding: finding('error', rel, 'not-a-file', `${rel} is ${describeNonFile(st)}, not a regular file: plans are read from regular files only`) };
    if (st.size > MAX_FILE_BYTES) {
      return { finding: finding('error', rel, 'file-too-large', `${rel} is ${sizeText(st.size)}; plan files are limited to 1 MiB (1,048,576 bytes): split it into smaller files or trim it`) };
    }
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_FILE_BYTES) {
        return { finding: finding('error', rel, 'file-too-large', `${rel} is larger than 1 MiB; plan files are limited to 1 MiB: split it into smaller files or trim it`) };
      }
    }
    return decode(buffer.subarray(0, length), rel);
  } catch (error) {
    return { finding: finding('error', rel, 'unreadable', `cannot read ${rel}: ${reason(error)}`) };
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

function decode(bytes: Uint8Array, rel: string): { text: string } | { finding: Finding } {
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
      finding: finding('error', rel, 'not-utf8', `${rel} is not valid UTF-8 (byte ${hex} here, perhaps saved as Latin-1 or Windows-1252): save the file as UTF-8 in your editor`, line, column),
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
    return { finding: finding('error', rel, 'control-character', `invisible control character ${code} here: delete it (plan files are plain text)`, line, column) };
  }
  return { text };
}

async function listDir(abs: string): Promise<string[]> {
  const names = await readdir(abs);
  return names.sort(compareText);
}

export async function readPlansDir(dir: string): Promise<ReadResult> {
  const result: ReadResult = {
    files: [],
    findings: [],
    ids: { vendor: new Set(), service: new Set(), runbook: new Set() },
    hasManifest: false,
    examined: [],
  };
  let root: string;
  try {
    root = await realpath(dir);
    const st = await stat(root);
    if (!st.isDirectory()) {
      result.findings.push(finding('error', '.', 'not-a-directory', `${dir} is not a directory: pass the plans directory (the one holding lifeline.yaml)`));
      return result;
    }
  } catch (error) {
    result.findings.push(finding('error', '.', 'unreadable', `cannot read the plans directory ${dir}: ${reason(error)}`));
    return result;
  }

  let names: string[];
  try {
    names = await listDir(root);
  } catch (error) {
    result.findings.push(finding('error', '.', 'unreadable', `cannot list the plans directory ${dir}: ${reason(error)}`));
    return result;
  }

  const visible = names.filter((n) => !n.startsWith('.'));
  for (const name of visible) {
    const abs = join(root, name);
    if (name === 'lifeline.yaml') {
      result.hasManifest = true;
      await addFile(result, root, abs, name, 'manifest', '');
      continue;
    }
    if (Object.hasOwn(SECTIONS, name)) {
      const resolved = await resolveEntry(root, abs, name);
      if (!resolved.ok) result.findings.push(resolved.finding);
      else if (!resolved.stats.isDirectory()) result.findings.push(finding('error', name, 'not-a-directory', `${name} should be a directory holding ${SECTIONS[name as Section].ext} files`));
      else await readSection(result, root, resolved.real, name as Section);
      continue;
    }
    if (/^lifeline\.(yml|json|YAML|Yaml)$/.test(name)) {
      result.findings.push(finding('error', name, 'wrong-file-name', `${name} is not read: rename it to lifeline.yaml`));
      continue;
    }
    const lower = name.toLowerCase();
    if (Object.hasOwn(SECTIONS, lower) || lower === 'vendor' || lower === 'service' || lower === 'runbook') {
      const want = Object.hasOwn(SECTIONS, lower) ? lower : `${lower}s`;
      result.findings.push(finding('error', name, 'wrong-file-name', `${name} is not read: the directory must be called ${want}`));
      continue;
    }
    if (QUIET_ROOT_FILES.test(name)) continue;
    result.findings.push(
      finding('warning', name, 'unexpected-file', `${name} is not part of the plans format and is ignored (expected lifeline.yaml, vendors/, services/ and runbooks/)`),
    );
  }

  if (!result.hasManifest) {
    const empty = visible.length === 0;
    result.findings.push(
      finding(
        'error',
        'lifeline.yaml',
        empty ? 'empty-directory' : 'missing-manifest',
        empty
          ? 'the plans directory is empty: is this the right directory? A plans directory holds lifeline.yaml, vendors/, services/ and runbooks/'
          : 'lifeline.yaml is missing: create it with id, title, publisher and severities (see the README)',
      ),
    );
  }
  return result;
}

async function readSection(result: ReadResult, root: string, absDir: string, section: Section): Promise<void> {
  const { kind, ext } = SECTIONS[section];
  let names: string[];
  try {
    names = await listDir(absDir);
  } catch (error) {
    result.findings.push(finding('error', section, 'unreadable', `cannot list ${section}/: ${reason(error)}`));
    return;
  }
  const stems = new Set(names.filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const rel = `${section}/${name}`;
    const abs = join(absDir, name);
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    if (extension !== ext) {
      const looksLikePlan = ext === '.yaml' ? /^\.(yml|yaml)$/i.test(extension) : /^\.(md|markdown|mdown|mkd)$/i.test(extension);
      if (looksLikePlan) {
        result.findings.push(finding('error', rel, 'wrong-file-name', `${rel} is not read: rename it to ${stem}${ext}`));
      } else {
        let isDir = false;
        try {
          isDir = (await lstat(abs)).isDirectory();
        } catch {
          // reported as unexpected either way
        }
        result.findings.push(
          finding('warning', rel, 'unexpected-file', isDir
            ? `${rel}/ is ignored: ${section}/ holds ${ext} files directly, not subdirectories`
            : `${rel} is ignored: ${section}/ only holds ${ext} files`),
        );
      }
      continue;
    }
    result.ids[kind as 'vendor' | 'service' | 'runbook'].add(stem);
    if (!ID_PATTERN.test(stem)) {
      const suggestion = slugify(stem);
      if (suggestion !== '' && stems.has(suggestion)) {
        result.findings.push(
          finding('error', rel, 'duplicate-id', `${rel} has the same id as ${section}/${suggestion}${ext} apart from letter case or punctuation (on macOS and Windows they may even be the same file): keep one`),
        );
      } else {
        result.findings.push(
          finding('error', rel, 'invalid-id', `the file name '${stem}' is not a valid id: use only lowercase letters, digits and '-'${suggestion ? `, e.g. ${section}/${suggestion}${ext}` : ''}`),
        );
      }
      continue;
    }
    await addFile(result, root, abs, rel, kind, stem);
  }
}

async function addFile(result: ReadResult, root: string, abs: string, rel: string, kind: FileKind, id: string): Promise<void> {
  result.examined.push(rel);
  const resolved = await resolveEntry(root, abs, rel);
  if (!resolved.ok) {
    result.findings.push(resolved.finding);
    return;
  }
  if (!resolved.stats.isFile()) {
    result.findings.push(finding('error', rel, 'not-a-file', `${rel} is ${describeNonFile(resolved.stats)}, not a regular file: plans are read from regular files only`));
    return;
  }
  if (resolved.stats.size > MAX_FILE_BYTES) {
    result.findings.push(finding('error', rel, 'file-too-large', `${rel} is ${sizeText(resolved.stats.size)}; plan files are limited to 1 MiB (1,048,576 bytes): split it into smaller files or trim it`));
    return;
  }
  const read = await readText(resolved.real, rel);
  if ('finding' in read) {
    result.findings.push(read.finding);
    return;
  }
  result.files.push({ kind, rel, id, text: read.text });
}
