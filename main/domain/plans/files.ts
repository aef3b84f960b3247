// Reads a plans directory safely: only regular files, confined to the directory (symlinks that lead
// outside are refused), at most 1 MiB each, strict UTF-8. Anything odd becomes a finding, never a throw.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from './findings.ts';
import { compareText } from './findings.ts';
import { ID_PATTERN, slugify } from './values.ts';
import { describeNonFile, finding, MAX_FILE_BYTES, readText, reason, resolveEntry, sizeText } from './safe-read.ts';

export { firstInvalidUtf8, MAX_FILE_BYTES } from './safe-read.ts';

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

const SECTIONS = {
  vendors: { kind: 'vendor', ext: '.yaml' },
  services: { kind: 'service', ext: '.yaml' },
  runbooks: { kind: 'runbook', ext: '.md' },
} as const;
type Section = keyof typeof SECTIONS;

/** Files that commonly live next to plans in a repository and are ignored without a warning. */
const QUIET_ROOT_FILES = /^(readme|license|licence|codeowners|changelog|contributing)(\.[a-z0-9]+)?$/i;

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
      result.findings.push(
        finding('error', '.', 'not-a-directory', `${dir} is not a directory: pass the plans directory (the one holding lifeline.yaml)`),
      );
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
      if (!resolved.ok) result.findings.push(resolved.error);
      else if (!resolved.value.stats.isDirectory())
        result.findings.push(
          finding('error', name, 'not-a-directory', `${name} should be a directory holding ${SECTIONS[name as Section].ext} files`),
        );
      else await readSection(result, root, resolved.value.real, name as Section);
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
      finding(
        'warning',
        name,
        'unexpected-file',
        `${name} is not part of the plans format and is ignored (expected lifeline.yaml, vendors/, services/ and runbooks/)`,
      ),
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
  const planned: { abs: string; rel: string; id: string }[] = [];
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
          finding(
            'warning',
            rel,
            'unexpected-file',
            isDir
              ? `${rel}/ is ignored: ${section}/ holds ${ext} files directly, not subdirectories`
              : `${rel} is ignored: ${section}/ only holds ${ext} files`,
          ),
        );
      }
      continue;
    }
    result.ids[kind].add(stem);
    if (!ID_PATTERN.test(stem)) {
      const suggestion = slugify(stem);
      if (suggestion !== '' && stems.has(suggestion)) {
        result.findings.push(
          finding(
            'error',
            rel,
            'duplicate-id',
            `${rel} has the same id as ${section}/${suggestion}${ext} apart from letter case or punctuation (on macOS and Windows they may even be the same file): keep one`,
          ),
        );
      } else {
        result.findings.push(
          finding(
            'error',
            rel,
            'invalid-id',
            `the file name '${stem}' is not a valid id: use only lowercase letters, digits and '-'${suggestion ? `, e.g. ${section}/${suggestion}${ext}` : ''}`,
          ),
        );
      }
      continue;
    }
    planned.push({ abs, rel, id: stem });
  }
  // Read several at once (a large plans repository is thousands of small files), kept in name order.
  const outcomes = await inOrder(planned, READS_AT_ONCE, async ({ abs, rel, id }) => {
    const one: ReadResult = { ...result, examined: [], findings: [], files: [] };
    await addFile(one, root, abs, rel, kind, id);
    return one;
  });
  for (const one of outcomes) {
    result.examined.push(...one.examined);
    result.findings.push(...one.findings);
    result.files.push(...one.files);
  }
}

const READS_AT_ONCE = 16;

/** `fn` over `items` with at most `limit` running at once; the answers in the items' order. */
async function inOrder<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      answers[at] = await fn(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return answers;
}

async function addFile(result: ReadResult, root: string, abs: string, rel: string, kind: FileKind, id: string): Promise<void> {
  result.examined.push(rel);
  const resolved = await resolveEntry(root, abs, rel);
  if (!resolved.ok) {
    result.findings.push(resolved.error);
    return;
  }
  const { real, stats } = resolved.value;
  if (!stats.isFile()) {
    result.findings.push(
      finding(
        'error',
        rel,
        'not-a-file',
        `${rel} is ${describeNonFile(stats)}, not a regular file: plans are read from regular files only`,
      ),
    );
    return;
  }
  if (stats.size > MAX_FILE_BYTES) {
    result.findings.push(
      finding(
        'error',
        rel,
        'file-too-large',
        `${rel} is ${sizeText(stats.size)}; plan files are limited to 1 MiB (1,048,576 bytes): split it into smaller files or trim it`,
      ),
    );
    return;
  }
  const read = await readText(real, rel);
  if (!read.ok) {
    result.findings.push(read.error);
    return;
  }
  result.files.push({ kind, rel, id, text: read.value });
}
