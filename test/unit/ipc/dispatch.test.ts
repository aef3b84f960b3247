import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dispatch } from '../../../main/domain/ipc/dispatch.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import { invokeContract, THEMES, type InvokeChannel } from '../../../preload/contract.ts';
import { fakeDeps } from './fake-deps.ts';
import { ipcFailure } from '../../../main/model/errors.ts';

const channels = Object.keys(invokeContract) as InvokeChannel[];

const KINDS = ['vendor', 'contact', 'service', 'runbook'];

function isSearchOptions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { limit, kinds, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 50)) return false;
  return kinds === undefined || (Array.isArray(kinds) && kinds.length <= 4 && kinds.every((k) => KINDS.includes(k as string)));
}

function isSearchArgs(args: unknown[]): boolean {
  if (args.length < 1 || args.length > 2 || typeof args[0] !== 'string' || args[0].length > 20_000) return false;
  return args.length === 1 || isSearchOptions(args[1]);
}

/** Independent of zod: what each channel accepts, written out by hand. */
function isValidArgs(channel: InvokeChannel, args: unknown[]): boolean {
  if (channel === 'openExternal') return args.length === 1 && typeof args[0] === 'string' && args[0].length >= 1 && args[0].length <= 2048;
  const isId = (v: unknown) => typeof v === 'string' && /^[a-z0-9-]{1,100}$/.test(v);
  if (channel === 'getVendor' || channel === 'getService' || channel === 'getRunbook' || channel === 'getVendorHours') {
    return args.length === 1 && isId(args[0]);
  }
  if (channel === 'getEscalation')
    return (args.length === 1 || args.length === 2) && isId(args[0]) && (args[1] === undefined || args[1] === null || isId(args[1]));
  if (channel === 'getEscalations') {
    const [requests] = args;
    return (
      args.length === 1 &&
      Array.isArray(requests) &&
      requests.length >= 1 &&
      requests.length <= 250 &&
      requests.every((r: unknown) => Array.isArray(r) && r.length === 2 && isId(r[0]) && isId(r[1]))
    );
  }
  if (channel === 'search') return isSearchArgs(args);
  if (channel === 'setTheme') return args.length === 1 && (THEMES as readonly unknown[]).includes(args[0]);
  if (channel === 'print' || channel === 'saveAsPdf') return args.length === 0 || (args.length === 1 && isPrintRequest(args[0]));
  return isValidIncidentArgs(channel, args) ?? args.length === 0;
}

const isStepId = (v: unknown) => typeof v === 'string' && v.length <= 300 && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(v);
const isFormat = (v: unknown) => v === 'md' || v === 'json';

/** The incident channels, written out by hand; undefined for any other channel. */
function isValidIncidentArgs(channel: InvokeChannel, args: unknown[]): boolean | undefined {
  const [a, b, c] = args;
  switch (channel) {
    case 'startIncident':
      return args.length === 2 && isId(a) && isId(b);
    case 'getIncident':
    case 'closeIncident':
      return args.length === 1 && isId(a);
    case 'setIncidentStep':
      return args.length === 3 && isId(a) && isStepId(b) && typeof c === 'boolean';
    case 'setIncidentCaseNumber':
      return args.length === 3 && isId(a) && isId(b) && typeof c === 'string' && c.length <= 200;
    case 'addIncidentNote':
      return args.length === 2 && isId(a) && typeof b === 'string' && b.trim().length >= 1 && b.trim().length <= 4000;
    case 'exportIncident':
    case 'saveIncidentExport':
      return args.length === 2 && isId(a) && isFormat(b);
    default:
      return undefined;
  }
}

const isId = (value: unknown) => typeof value === 'string' && /^[a-z0-9-]{1,100}$/.test(value);
const hasOnly = (value: object, keys: string[]) => Object.keys(value).every((key) => keys.includes(key));

function isPrintSheet(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const sheet = value as Record<string, unknown>;
  if (sheet.sheet === 'all' || sheet.sheet === 'wallet') return hasOnly(sheet, ['sheet']);
  if (sheet.sheet === 'vendor' || sheet.sheet === 'incident') return hasOnly(sheet, ['sheet', 'id']) && isId(sheet.id);
  if (sheet.sheet === 'service')
    return hasOnly(sheet, ['sheet', 'id', 'severity']) && isId(sheet.id) && (sheet.severity === undefined || isId(sheet.severity));
  return false;
}

/** print and saveAsPdf take nothing, or { paper?: 'A4' | 'Letter', sheet?: a print sheet }. */
function isPrintRequest(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const request = value as Record<string, unknown>;
  return (
    hasOnly(request, ['paper', 'sheet']) &&
    (request.paper === undefined || request.paper === 'A4' || request.paper === 'Letter') &&
    (request.sheet === undefined || isPrintSheet(request.sheet))
  );
}

test('valid calls reach their handler and come back as ok results', async () => {
  const { deps, rec } = fakeDeps();
  const handlers = createHandlers(deps);
  const status = await dispatch(handlers, 'getStatus', []);
  assert.equal(status.ok, true);
  assert.equal(status.ok && (status.value as { bundleId: string }).bundleId, 'demo');
  assert.deepEqual(await dispatch(handlers, 'setTheme', ['dark']), { ok: true, value: 'dark' });
  assert.deepEqual(await dispatch(handlers, 'getTheme', []), { ok: true, value: 'dark' });
  assert.deepEqual(await dispatch(handlers, 'print', []), { ok: true, value: { printed: true } });
  assert.deepEqual(await dispatch(handlers, 'print', [{ paper: 'Letter', sheet: { sheet: 'vendor', id: 'aws' } }]), {
    ok: true,
    value: { printed: true },
  });
  const imported = await dispatch(handlers, 'importBundleFromFolder', []);
  assert.equal(imported.ok && (imported.value as { result: string }).result, 'installed');
  assert.deepEqual(rec.imported, ['/media/usb/lifeline-repo'], 'the folder comes from the main-side picker');
  assert.deepEqual(await dispatch(handlers, 'openExternal', ['tel:+18005551234']), { ok: true, value: undefined });
  assert.deepEqual(rec.opened, ['tel:+18005551234']);
});

test('every channel fed arbitrary values answers bad-arguments and never runs its handler', async () => {
  for (const channel of channels) {
    const { deps, rec } = fakeDeps();
    const handlers = createHandlers(deps);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 4 })), async (raw) => {
        fc.pre(!(Array.isArray(raw) && isValidArgs(channel, raw)));
        const before = rec.calls.length + rec.opened.length;
        const result = await dispatch(handlers, channel, raw);
        assert.equal(result.ok, false, `${channel} accepted ${JSON.stringify(raw)}`);
        assert.equal(!result.ok && result.error.code, 'bad-arguments');
        assert.equal(rec.calls.length + rec.opened.length, before, 'handler must not run');
      }),
      { numRuns: 150 },
    );
  }
});

test('__proto__ payloads, huge strings and unknown channels are refused without side effects', async () => {
  const { deps, rec } = fakeDeps();
  const handlers = createHandlers(deps);
  const poisoned = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as unknown;
  for (const channel of channels) {
    const r = await dispatch(handlers, channel, [poisoned]);
    assert.equal(!r.ok && r.error.code, 'bad-arguments', channel);
  }
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  const huge = 'x'.repeat(10 * 1024 * 1024);
  for (const channel of channels) {
    const started = Date.now();
    const r = await dispatch(handlers, channel, [huge]);
    assert.equal(!r.ok && r.error.code, 'bad-arguments', channel);
    assert.ok(!r.ok && r.error.message.length < 600, 'the message never echoes the input');
    assert.ok(Date.now() - started < 1000);
  }
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ipc:getStatus', '']) {
    const r = await dispatch(handlers, name, []);
    assert.deepEqual(r, { ok: false, error: { code: 'not-found', message: 'Unknown operation' } });
  }
  assert.deepEqual(rec.calls, []);
  assert.deepEqual(rec.opened, []);
});

test('handler failures become codes and one-line messages, never stack traces', async () => {
  const logged: string[] = [];
  const boom = new Error('disk on fire\n    at secret (/home/x/app.js:1:1)');
  const { deps } = fakeDeps({
    print: async () => {
      throw ipcFailure('failed', 'No printer is configured on this machine');
    },
    saveAsPdf: async () => {
      throw boom;
    },
  });
  const handlers = createHandlers(deps);
  assert.deepEqual(await dispatch(handlers, 'print', []), {
    ok: false,
    error: { code: 'failed', message: 'No printer is configured on this machine' },
  });
  const r = await dispatch(handlers, 'saveAsPdf', [], (channel) => logged.push(channel));
  assert.deepEqual(r, { ok: false, error: { code: 'internal', message: 'Internal error: disk on fire' } });
  assert.deepEqual(logged, ['saveAsPdf']);
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test: a rejection that is not an Error
  const notError = await dispatch(createHandlers(fakeDeps({ print: () => Promise.reject('str') }).deps), 'print', []);
  assert.deepEqual(notError, { ok: false, error: { code: 'internal', message: 'Internal error: unknown error' } });
});

test('openExternal refuses schemes outside the allowlist before any adapter runs', async () => {
  const { deps, rec } = fakeDeps();
  const handlers = createHandlers(deps);
  for (const url of ['file:///etc/passwd', 'smb://host/share', 'ms-msdt:/id', 'javascript:alert(1)', 'java\tscript:x']) {
    const r = await dispatch(handlers, 'openExternal', [url]);
    assert.equal(!r.ok && r.error.code, 'unsupported', url);
  }
  assert.deepEqual(rec.opened, []);
});

test('syncNow reports progress events around the sync', async () => {
  const events: string[] = [];
  const { deps } = fakeDeps({ emit: (event, payload) => events.push(`${event}:${JSON.stringify(payload)}`) });
  const r = await dispatch(createHandlers(deps), 'syncNow', []);
  assert.equal(r.ok, true);
  assert.deepEqual(events, ['syncProgress:{"phase":"started","source":null}', 'syncProgress:{"phase":"finished","source":null}']);
});

test('sync and import failures from the core come back as failed with the reason', async () => {
  const { deps } = fakeDeps();
  deps.core.importFromDirectory = () => Promise.reject(new Error('no pinned root is configured, so an import cannot be verified'));
  deps.core.syncNow = () => Promise.reject(new Error('state directory is locked by another instance'));
  const handlers = createHandlers(deps);
  assert.deepEqual(await dispatch(handlers, 'importBundleFromFolder', []), {
    ok: false,
    error: { code: 'failed', message: 'no pinned root is configured, so an import cannot be verified' },
  });
  const sync = await dispatch(handlers, 'syncNow', []);
  assert.equal(!sync.ok && sync.error.code, 'failed');
  const cancelled = await dispatch(createHandlers(fakeDeps({ pickFolder: async () => null }).deps), 'importBundleFromFolder', []);
  assert.deepEqual(cancelled, { ok: true, value: null });
});
