// Plain fakes for the handler dependencies: they record calls so tests can prove what ran.
import type { HandlerDeps } from '../../../main/domain/ipc/handlers.ts';
import type { LocalStatus, SyncOutcome } from '../../../main/model/status.ts';
import type { Theme } from '../../../preload/contract.ts';

export function fakeStatus(overrides: Partial<LocalStatus> = {}): LocalStatus {
  return {
    bundleId: 'demo',
    title: 'Demo support plans',
    version: 3,
    verifiedAt: '2026-11-22T10:00:00.000Z',
    expires: '2027-11-22T10:00:00.000Z',
    stale: false,
    staleSince: null,
    staleReason: null,
    demo: true,
    keyIds: ['ab12cd34'],
    lastAttempt: null,
    lastError: null,
    generations: [],
    changes: null,
    recovered: null,
    ...overrides,
  };
}

export interface Recorder {
  calls: string[];
  opened: string[];
  imported: string[];
}

export function fakeDeps(overrides: Partial<HandlerDeps> = {}): { deps: HandlerDeps; rec: Recorder } {
  const rec: Recorder = { calls: [], opened: [], imported: [] };
  let theme: Theme = 'system';
  const outcome = (result: SyncOutcome['result']): SyncOutcome => ({
    ok: result !== 'failed',
    result,
    message: result,
    status: fakeStatus(),
  });
  const deps: HandlerDeps = {
    core: {
      status: async () => (rec.calls.push('status'), fakeStatus()),
      bundle: async () => (rec.calls.push('bundle'), null),
      syncNow: async () => (rec.calls.push('syncNow'), outcome('unchanged')),
      importFromDirectory: async (dir) => (rec.calls.push('import'), rec.imported.push(dir), outcome('installed')),
      onChange: () => () => undefined,
    },
    theme: {
      getTheme: () => theme,
      setTheme: (next) => (rec.calls.push(`setTheme:${next}`), (theme = next)),
    },
    appInfo: () => ({ appVersion: '0.1.0', preview: false, platform: 'linux' }),
    openExternal: async (url) => void rec.opened.push(url),
    pickFolder: async () => '/media/usb/lifeline-repo',
    print: async () => (rec.calls.push('print'), { printed: true }),
    saveAsPdf: async () => (rec.calls.push('saveAsPdf'), { path: '/tmp/x.pdf', bytes: 10 }),
    ...overrides,
  };
  return { deps, rec };
}
