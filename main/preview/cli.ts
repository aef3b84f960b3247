// `npm run preview -- [--state <dir>] [--source <url|dir> ... --root <root.json>] [--port <n>]`
// The first line printed is exactly "Lifeline preview: <url>" (scripts and tests read it).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineWriter } from '../domain/security/terminal-text.ts';
import { clockStartingAt, parseStartTime, systemClock } from '../domain/escalation/clock.ts';
import { parseSource } from '../domain/tuf/client/source.ts';
import { parseSourceBudget } from '../domain/config/source-budget.ts';
import type { SourceSpec } from '../domain/sync/verify-port.ts';
import { startPreviewHost } from './host.ts';
import { attachSearch } from '../domain/search/attach.ts';
import { buildPreviewCore } from './preview-core.ts';
import { LifelineError } from '../model/errors.ts';
import { messageOf } from '../model/thrown.ts';

const help = `Usage: npm run preview -- [--state <dir>] [--source <url|dir> ... --root <root.json>] [--insecure] [--port <n>] [--now <ISO time>]
                         [--source-budget <seconds>]

Builds the renderer and serves it on 127.0.0.1 with the app's own IPC handlers over a token-guarded
loopback bridge, for machines without Electron and for tests. Never packaged.

  --state <dir>       state directory (default: ${defaultStateDir()})
  --source <url|dir>  a repository to sync from (repeatable; needs --root). Default: the embedded demo
  --root <root.json>  the pinned root for --source
  --insecure          allow plain http to non-loopback sources (signatures still apply)
  --port <n>          port on 127.0.0.1 (default: a random free port)
  --now <ISO time>    start main's clock at this instant (it keeps running from there), for trying
                      deadlines and escalations, e.g. --now 2026-11-27T17:30:00Z
  --source-budget <s> total seconds one source may take per sync before the next is tried (default 120)`;

function defaultStateDir(): string {
  return join(tmpdir(), 'lifeline-preview', 'state');
}

// Data (bundle titles, sync errors, paths) reaches these lines: escaped for the terminal, EPIPE tolerated.
const out = lineWriter(process.stdout);
const err = lineWriter(process.stderr);

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      state: { type: 'string' },
      source: { type: 'string', multiple: true },
      root: { type: 'string' },
      insecure: { type: 'boolean' },
      port: { type: 'string' },
      now: { type: 'string' },
      'source-budget': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new LifelineError('usage', `unexpected argument ${JSON.stringify(positionals[0])}`);
  const cwd = process.cwd();
  const insecure = values.insecure ?? false;
  const sources: SourceSpec[] = (values.source ?? []).map((text) => {
    const parsed = parseSource(text, { cwd, insecure });
    return { location: parsed.kind === 'dir' ? parsed.path : parsed.url, insecure };
  });
  if (sources.length > 0 && !values.root) throw new LifelineError('usage', '--source needs --root <root.json> to verify against');
  if (values.root && sources.length === 0) throw new LifelineError('usage', '--root is only used with --source');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LifelineError('usage', `--port must be 0..65535, got ${values.port}`);
  const start = values.now === undefined ? null : parseStartTime(values.now);
  if (start && !start.ok) throw new LifelineError('usage', `--now: ${start.error}`);
  const budget = parseSourceBudget(values['source-budget']);
  return {
    help: values.help ?? false,
    ...(budget ? { sourceBudgetMs: budget * 1000 } : {}),
    clock: start?.ok ? clockStartingAt(start.value) : systemClock,
    stateDir: resolve(cwd, values.state ?? defaultStateDir()),
    sources,
    rootPath: values.root ? resolve(cwd, values.root) : null,
    port,
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    err(`lifeline preview: ${messageOf(error)}`);
    err(help.split('\n')[0]!);
    process.exit(2);
  }
  if (options.help) {
    out(help);
    return;
  }
  const core = await buildPreviewCore(options);
  // Started before listening and awaited after the first line: the page loads while the bundle is
  // re-checked, and its first calls wait for that check (a failed start still ends the host).
  const started = core.start();
  started.catch(() => undefined);
  const appVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
    .version;
  const search = attachSearch(core, { log: err });
  const host = await startPreviewHost({
    core,
    search,
    port: options.port,
    appVersion,
    clock: options.clock,
    stateDir: options.stateDir,
    log: err,
  });
  out(`Lifeline preview: ${host.url}`);
  await started;
  const status = await core.status();
  out(`State: ${options.stateDir}`);
  out(
    status.version === null
      ? 'No verified bundle installed yet.'
      : `Bundle ${status.bundleId} version ${status.version}${status.demo ? ' (demo)' : ''}`,
  );
  out('Open the URL above in a browser (it carries the access token). Ctrl+C stops.');
  const stop = () => {
    core.stop();
    void search.detach();
    host.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  err(`lifeline preview: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
