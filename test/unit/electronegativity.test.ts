// Electronegativity over the app's own sources (main, preload, renderer, package.json): fails on any HIGH
// finding. Its exit code is always 0, so the CSV it writes is what counts. Offline: the two network
// look-ups it makes (translations, Electron release list) are stubbed out, and the security-fix check
// that depends on that release list is excluded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

const NO_NETWORK = `const Module = require('module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline scan'));
    offline.head = offline;
    return { __esModule: true, default: offline };
  }
  return load.call(this, request, ...rest);
};
`;

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
}

/** RFC 4180 fields: quoted with doubled quotes, may span lines; the tool writes N/A unquoted. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      endRow();
    } else if (ch !== '\r') {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function scan(input: string, work: string): Promise<Finding[]> {
  const stub = join(work, 'no-network.cjs');
  const output = join(work, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(stub, NO_NETWORK);
  const args = ['--require', stub, cli, '-i', input, '-o', output, '-r', '-e', '45.3.4', '-x', 'AvailableSecurityFixesGlobalCheck'];
  // The tool writes the CSV header and the rows with two concurrent async writes; one libuv thread
  // makes them land in order (otherwise the header can overwrite the first rows).
  const env = { ...process.env, LANG: 'en-US', UV_THREADPOOL_SIZE: '1' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  const csv = await readFile(output, 'utf8').catch(() => assert.fail(`no report written; tool said:\n${log}`));
  const [header, ...rows] = parseCsv(csv);
  assert.equal(header?.[0], 'issue', `unexpected report header: ${csv.slice(0, 200)}`);
  return rows.map(([issue = '', severity = '', confidence = '', file = '', location = '', sample = '']) => ({
    issue,
    severity,
    confidence,
    file,
    location,
    sample: sample.slice(0, 100),
  }));
}

async function withWork(run: (work: string) => Promise<void>): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lifeline-electronegativity-'));
  try {
    await run(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

test('no HIGH severity finding in the app sources', { timeout: 90_000 }, async (t) => {
  await withWork(async (work) => {
    const input = join(work, 'app');
    for (const part of ['main', 'preload', 'renderer', 'package.json']) await cp(join(root, part), join(input, part), { recursive: true });
    const findings = await scan(input, work);
    t.diagnostic(`Electronegativity findings (${findings.length}):`);
    for (const f of findings)
      t.diagnostic(`  ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.issue} ${f.file}:${f.location} ${f.sample}`);
    // The scan really read our code: the preload and the window are where it looks first.
    assert.ok(
      findings.some((f) => f.issue === 'PRELOAD_JS_CHECK' && f.file.endsWith('main/desktop/window.ts')),
      'window.ts not scanned',
    );
    assert.ok(!findings.some((f) => f.issue === 'CSP_GLOBAL_CHECK' && f.file === 'N/A'), 'no CSP detected');
    // Recognised guards: navigation limited, permission requests handled.
    const issues = new Set(findings.map((f) => f.issue));
    assert.ok(!issues.has('LIMIT_NAVIGATION_GLOBAL_CHECK') && !issues.has('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'));
    const high = findings.filter((f) => f.severity === 'HIGH');
    assert.deepEqual(high, [], 'HIGH severity findings');
  });
});

test('the same scan does flag an insecure window (the check has teeth)', { timeout: 90_000 }, async () => {
  await withWork(async (work) => {
    const input = join(work, 'bad');
    await cp(join(root, 'package.json'), join(input, 'package.json'));
    await writeFile(
      join(input, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n',
    );
    const findings = await scan(input, work);
    const high = new Set(findings.filter((f) => f.severity === 'HIGH').map((f) => f.issue));
    assert.ok(high.has('CONTEXT_ISOLATION_JS_CHECK'), [...high].join(', '));
    assert.ok(high.has('LIMIT_NAVIGATION_GLOBAL_CHECK'), [...high].join(', '));
    assert.ok(findings.some((f) => f.issue === 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'));
  });
});
