import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPolicyPath } from '../../../main/domain/config/policy-path.ts';
import { resolveConfig, type ConfigInputs } from '../../../main/domain/config/resolve.ts';

const POLICY = '/etc/lifeline/policy.json';
const files =
  (policy: string | null): ConfigInputs['readFile'] =>
  (path) =>
    path === POLICY ? policy : null;

test('defaults when nothing is configured', () => {
  const config = resolveConfig({ policyPath: POLICY, readFile: files(null) });
  assert.deepEqual(config.sources, []);
  assert.equal(config.root, null);
  assert.equal(config.intervalMinutes, 60);
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.locked, []);
});

test('policy settings win over user settings and are locked; command line and environment win over policy', () => {
  const policy = JSON.stringify({ sources: ['https://plans.example.com/repo'], root: '/opt/lifeline/root.json' });
  const user = { sources: ['https://user.example.com'], intervalMinutes: 15, root: '/home/u/root.json' };
  const config = resolveConfig({ policyPath: POLICY, readFile: files(policy), readUserSettings: () => user });
  assert.deepEqual(config.sources, [{ location: 'https://plans.example.com/repo', insecure: false }]);
  assert.equal(config.root, '/opt/lifeline/root.json');
  assert.equal(config.intervalMinutes, 15, 'not set by policy: the user decides');
  assert.deepEqual(config.locked.sort(), ['root', 'sources']);
  assert.equal(config.origin.sources, 'policy');
  const overridden = resolveConfig({
    policyPath: POLICY,
    readFile: files(policy),
    readUserSettings: () => user,
    commandLine: { intervalMinutes: 5 },
    env: { LIFELINE_SOURCES: 'https://a.example.com|/mnt/usb/repo' },
    cwd: '/',
  });
  assert.deepEqual(
    overridden.sources.map((s) => s.location),
    ['https://a.example.com', '/mnt/usb/repo'],
  );
  assert.equal(overridden.origin.sources, 'environment');
  assert.equal(overridden.intervalMinutes, 5);
  assert.equal(overridden.origin.intervalMinutes, 'command line');
});

test('a broken policy file is a clear problem; defaults and user settings are used for the rest', () => {
  for (const [text, reason] of [
    ['{"sources": [', /not valid JSON/],
    ['{"sourcse": []}', /invalid.*sourcse|Unrecognized/i],
    ['{"intervalMinutes": 0}', /intervalMinutes/],
    ['{"root": "relative/root.json"}', /absolute path/],
  ] as const) {
    const config = resolveConfig({ policyPath: POLICY, readFile: files(text), readUserSettings: () => ({ intervalMinutes: 30 }) });
    assert.match(config.problems.join('\n'), reason);
    assert.match(config.problems.join('\n'), /policy\.json/);
    assert.equal(config.intervalMinutes, 30);
  }
  const unreadable = resolveConfig({
    policyPath: POLICY,
    readFile: () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    },
  });
  assert.match(unreadable.problems[0] ?? '', /could not be read.*EACCES/);
});

test('corrupt user settings fall back to defaults in memory with a problem message', () => {
  const config = resolveConfig({
    policyPath: POLICY,
    readFile: files(null),
    readUserSettings: () => {
      throw new Error('Unexpected token } in JSON at position 12');
    },
  });
  assert.equal(config.intervalMinutes, 60);
  assert.match(config.problems[0] ?? '', /user settings could not be read.*kept for inspection/);
});

test('unsafe sources are dropped with a reason: plain http to a remote host, javascript:, credentials', () => {
  const config = resolveConfig({
    policyPath: POLICY,
    readFile: files(null),
    readUserSettings: () => ({
      sources: [
        'http://plans.example.com',
        'javascript:alert(1)',
        'https://u:p@x.example.com',
        'http://127.0.0.1:8080',
        { url: 'http://mirror.lan', insecure: true },
      ],
    }),
  });
  assert.deepEqual(config.sources, [
    { location: 'http://127.0.0.1:8080', insecure: false },
    { location: 'http://mirror.lan', insecure: true },
  ]);
  assert.equal(config.problems.length, 3);
});

test('the policy file lives where each platform keeps machine-wide settings', () => {
  assert.equal(defaultPolicyPath('linux'), '/etc/lifeline/policy.json');
  assert.equal(defaultPolicyPath('darwin'), '/Library/Application Support/Lifeline/policy.json');
  assert.match(defaultPolicyPath('win32', { ProgramData: 'C:\\ProgramData' }), /ProgramData.Lifeline.policy\.json$/);
});

test('the per-source time budget: 120 s by default, then user settings, policy, environment and command line in order', async () => {
  const { readCommandLine } = await import('../../../main/domain/config/command-line.ts');
  assert.equal(resolveConfig({ policyPath: POLICY, readFile: files(null) }).sourceBudgetSeconds, 120);
  const policy = JSON.stringify({ sourceBudgetSeconds: 90 });
  const layered = (env: NodeJS.ProcessEnv, argv: string[] = []) =>
    resolveConfig({
      policyPath: POLICY,
      readFile: files(policy),
      readUserSettings: () => ({ sourceBudgetSeconds: 30 }),
      env,
      commandLine: readCommandLine(argv).layer,
    });
  assert.equal(layered({}).sourceBudgetSeconds, 90);
  assert.deepEqual(layered({}).locked, ['sourceBudgetSeconds']);
  assert.equal(layered({ LIFELINE_SOURCE_BUDGET_SECONDS: '45' }).sourceBudgetSeconds, 45);
  assert.equal(layered({ LIFELINE_SOURCE_BUDGET_SECONDS: '45' }, ['--source-budget', '20']).sourceBudgetSeconds, 20);
  assert.match(readCommandLine(['--source-budget', 'soon']).problems[0] ?? '', /--source-budget takes whole seconds/);
});
