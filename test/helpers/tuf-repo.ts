// Builds real signed TUF repositories in a temp dir for tests, on the same writer `lifeline publish` uses.
import { appendFile, cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/main.ts';
import type { Bundle } from '../../main/model/bundle.ts';
import { loadKeysDir, type KeysDir } from '../../main/domain/tuf/signing/keys-dir.ts';
import type { SigningKey } from '../../main/domain/tuf/signing/keys.ts';
import type { Role } from '../../main/domain/tuf/shared/roles.ts';
import { Metadata } from '@tufjs/models';
import {
  buildSnapshot,
  buildTimestamp,
  keysForRole,
  metadataBytes,
  signWith,
  type Thresholds,
} from '../../main/domain/tuf/signing/metadata.ts';
import { parseSnapshotBytes, parseTimestampBytes } from '../../main/domain/tuf/shared/parse.ts';
import { publishBundle, type BundleContent, type BundlePublishResult } from '../../main/domain/tuf/signing/publish-bundle.ts';
import { resignTimestamp, scanRepo, type ExpiresIn } from '../../main/domain/tuf/signing/repository.ts';
import { initKeysDir, ONE_EACH, rotateRoot, type RoleCounts } from '../../main/domain/tuf/signing/root-ops.ts';

const DAY = 86_400_000;
export const TEST_EXPIRES: ExpiresIn = { targets: 30 * DAY, snapshot: 30 * DAY, timestamp: 7 * DAY };

/** A small but complete bundle (one vendor with a phone channel, one service, one runbook). */
export function sampleBundle(overrides: Partial<BundleContent> = {}): BundleContent {
  return {
    format: 1,
    id: 'acme-support',
    title: 'ACME support plans',
    publisher: 'ACME SRE',
    contactsMaxAgeDays: 90,
    severities: [
      { id: 'sev1', name: 'Critical' },
      { id: 'sev2', name: 'Major' },
    ],
    vendors: [
      {
        id: 'cloudco',
        name: 'CloudCo',
        plan: 'Enterprise',
        accounts: ['123456789012'],
        hours: { kind: '24x7' },
        channels: [
          { type: 'phone', value: '+1 206-555-0100', label: 'Support line', dial: '+12065550100', hours: { kind: '24x7' }, for: null },
        ],
        severities: [
          { name: 'Critical', firstResponse: '15m', firstResponseMinutes: 15, businessHours: false, matches: 'sev1', description: 'Down' },
          { name: 'Urgent', firstResponse: '1h', firstResponseMinutes: 60, businessHours: false, matches: 'sev2', description: 'Impaired' },
        ],
        contacts: [{ name: 'Dana TAM', role: 'TAM', phone: { display: '+1 206-555-0101', e164: '+12065550101' }, verified: '2026-10-01' }],
        escalation: [{ after: { kind: 'first_response' }, action: 'Call the TAM', contact: 'Dana TAM' }],
      },
    ],
    services: [
      {
        id: 'checkout',
        name: 'Checkout',
        owner: 'payments',
        description: 'Takes money',
        dependsOn: ['cloudco'],
        contacts: [],
        runbooks: ['db-failover'],
      },
    ],
    runbooks: [
      { id: 'db-failover', title: 'Database failover', services: ['checkout'], vendors: ['cloudco'], tags: ['db'], body: '# Failover\n' },
    ],
    ...overrides,
  };
}

export interface TestRepo {
  /** Temp directory holding keys/ and repo/. */
  dir: string;
  keysDir: string;
  repoDir: string;
  /** The pinned root (version 1) path and bytes. */
  rootPath: string;
  rootBytes: Buffer;
  keys(): Promise<KeysDir>;
  publish(
    content?: BundleContent | Bundle,
    options?: { now?: Date; expiresIn?: Partial<ExpiresIn>; signers?: Partial<Record<Role, SigningKey[]>> },
  ): Promise<BundlePublishResult>;
  /** Re-sign only the timestamp, e.g. with a past expiry: `timestamp({ now: longAgo, expiresIn: 1000 })`. */
  timestamp(options?: { now?: Date; expiresIn?: number }): Promise<void>;
  /** Root rotation (next root version signed by old and new root keys), copied into the repo on next publish. */
  rotate(replace: Partial<RoleCounts>, thresholds?: Partial<Thresholds>): Promise<void>;
  /** Path in the repo of the current timestamp/snapshot/targets metadata or bundle target. */
  currentFile(which: 'timestamp' | 'snapshot' | 'targets' | 'bundle'): Promise<string>;
  /** Copy the whole repo as it is now (to serve it again later: rollback, mix-and-match). */
  copyRepo(): Promise<string>;
  /**
   * Edits the current targets metadata JSON (signed part or signatures) in place, then re-signs snapshot
   * and timestamp over the edited bytes with the real keys (same versions), so only the edit is wrong.
   */
  rewriteTargets(mutate: (json: { signed: Record<string, unknown>; signatures: { keyid: string; sig: string }[] }) => void): Promise<void>;
  flipBit(relPath: string, byteOffset?: number): Promise<void>;
  truncateFile(relPath: string, bytesToDrop?: number): Promise<void>;
  extendFile(relPath: string, extra?: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function createTestRepo(options: { counts?: RoleCounts; thresholds?: Thresholds; now?: Date } = {}): Promise<TestRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-tuf-'));
  const keysDir = join(dir, 'keys');
  const repoDir = join(dir, 'repo');
  const clock = () => options.now ?? new Date();
  await initKeysDir({
    dir: keysDir,
    counts: options.counts ?? ONE_EACH,
    thresholds: options.thresholds ?? ONE_EACH,
    expires: new Date(clock().getTime() + 365 * DAY),
  });
  const rootPath = join(keysDir, 'roots', '1.root.json');
  const inRepo = (rel: string) => join(repoDir, rel);
  let copies = 0;
  const repo: TestRepo = {
    dir,
    keysDir,
    repoDir,
    rootPath,
    rootBytes: await readFile(rootPath),
    keys: () => loadKeysDir(keysDir),
    async publish(content = sampleBundle(), opts = {}) {
      const { version: _v, publishedAt: _p, ...rest } = content as Bundle;
      return publishBundle({
        repo: repoDir,
        keys: await loadKeysDir(keysDir),
        content: rest,
        now: opts.now ?? clock(),
        expiresIn: { ...TEST_EXPIRES, ...opts.expiresIn },
        ...(opts.signers ? { signers: opts.signers } : {}),
      });
    },
    async timestamp(opts = {}) {
      await resignTimestamp({
        repo: repoDir,
        keys: await loadKeysDir(keysDir),
        now: opts.now ?? clock(),
        expiresIn: opts.expiresIn ?? TEST_EXPIRES.timestamp,
      });
    },
    async rotate(replace, thresholds) {
      await rotateRoot({ dir: keysDir, replace, ...(thresholds ? { thresholds } : {}), expires: new Date(clock().getTime() + 365 * DAY) });
    },
    async currentFile(which) {
      const scan = await scanRepo(repoDir);
      if (!scan.timestamp) throw new Error('nothing published yet');
      if (which === 'timestamp') return 'metadata/timestamp.json';
      const version = scan.timestamp.signed.snapshotMeta.version;
      if (which === 'snapshot') return `metadata/${version}.snapshot.json`;
      if (which === 'targets') return `metadata/${version}.targets.json`;
      const targets = JSON.parse(await readFile(inRepo(`metadata/${version}.targets.json`), 'utf8')) as {
        signed: { targets: Record<string, { hashes: { sha256: string } }> };
      };
      const hash = targets.signed.targets['bundle.json']?.hashes.sha256;
      return `targets/${hash}.bundle.json`;
    },
    async copyRepo() {
      const target = join(dir, `repo-copy-${++copies}`);
      await cp(repoDir, target, { recursive: true });
      return target;
    },
    async rewriteTargets(mutate) {
      const keys = await loadKeysDir(keysDir);
      const root = keys.root.signed;
      const targetsRel = await repo.currentFile('targets');
      const json = JSON.parse(await readFile(inRepo(targetsRel), 'utf8')) as Parameters<typeof mutate>[0];
      mutate(json);
      const targetsBytes = Buffer.from(JSON.stringify(json, null, 1));
      await writeFile(inRepo(targetsRel), targetsBytes);
      const snapshotRel = await repo.currentFile('snapshot');
      const oldSnapshot = parseSnapshotBytes(await readFile(inRepo(snapshotRel)), snapshotRel).signed;
      const oldTimestamp = parseTimestampBytes(await readFile(inRepo('metadata/timestamp.json')), 'timestamp.json').signed;
      const issued = new Date();
      const snapshot = signWith(
        new Metadata(
          buildSnapshot({
            version: oldSnapshot.version,
            expires: new Date(oldSnapshot.expires),
            issued,
            targetsVersion: Number(json.signed.version),
            targetsBytes,
          }),
        ),
        keysForRole(root, 'snapshot', keys.held),
      );
      const snapshotBytes = metadataBytes(snapshot);
      await writeFile(inRepo(snapshotRel), snapshotBytes);
      const timestamp = signWith(
        new Metadata(
          buildTimestamp({
            version: oldTimestamp.version,
            expires: new Date(oldTimestamp.expires),
            issued,
            snapshotVersion: oldSnapshot.version,
            snapshotBytes,
          }),
        ),
        keysForRole(root, 'timestamp', keys.held),
      );
      await writeFile(inRepo('metadata/timestamp.json'), metadataBytes(timestamp));
    },
    async flipBit(relPath, byteOffset) {
      const bytes = await readFile(inRepo(relPath));
      const at = byteOffset ?? Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] ?? 0) ^ 0x01;
      await writeFile(inRepo(relPath), bytes);
    },
    async truncateFile(relPath, bytesToDrop = 10) {
      const bytes = await readFile(inRepo(relPath));
      await truncate(inRepo(relPath), Math.max(0, bytes.length - bytesToDrop));
    },
    async extendFile(relPath, extra = ' ') {
      await appendFile(inRepo(relPath), extra);
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  return repo;
}

export interface StaticServer {
  /** Base URL of the repository, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Request paths served so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` over loopback HTTP like a plain static host. `intercept` may answer a request itself
 * (fault injection) by returning true.
 */
export async function serveStatic(
  dir: () => string,
  intercept?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (intercept?.(path, req, res)) return;
    if (path.includes('..')) return void res.writeHead(400).end();
    readFile(join(dir(), path)).then(
      (bytes) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The CLI dispatcher in-process (same parsing, commands and exit codes, no child process): cheap enough
 * for many usage-error cases. Flows that must behave as users run them use runLifeline instead.
 */
export async function runCliInProcess(
  args: string[],
  options: { cwd?: string; now?: Date } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const now = () => options.now ?? new Date();
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: options.cwd ?? process.cwd(), env: {}, now });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
