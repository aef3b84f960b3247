import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCommandLine } from '../../../main/domain/config/command-line.ts';
import { resolveConfig } from '../../../main/domain/config/resolve.ts';

test('sources, root and interval are read; Chromium switches, links and paths are left alone', () => {
  const read = readCommandLine([
    '/opt/Lifeline/lifeline',
    '--no-sandbox',
    '--source',
    'https://plans.example.com/lifeline',
    '--insecure-source=http://mirror.lan/lifeline',
    '--source=/media/usb/lifeline',
    '--root',
    '/etc/lifeline/root.json',
    '--interval=15',
    'lifeline://vendor/aws',
  ]);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.layer, {
    sources: ['https://plans.example.com/lifeline', { url: 'http://mirror.lan/lifeline', insecure: true }, '/media/usb/lifeline'],
    root: '/etc/lifeline/root.json',
    intervalMinutes: 15,
  });
});

test('a flag without a value or a bad interval is reported and ignored, never fatal', () => {
  const read = readCommandLine(['--root', '--source', 'https://a.example/x', '--interval', 'soon', '--source']);
  assert.deepEqual(read.layer, { sources: ['https://a.example/x'] });
  assert.equal(read.problems.length, 3);
  assert.match(read.problems.join('\n'), /--root needs a value/);
  assert.match(read.problems.join('\n'), /--interval takes whole minutes/);
});

test('the command line comes before the environment and user settings', () => {
  const { layer } = readCommandLine(['--source', 'https://cli.example/plans', '--interval', '30']);
  const config = resolveConfig({
    commandLine: layer,
    env: { LIFELINE_SOURCES: 'https://env.example/plans', LIFELINE_INTERVAL_MINUTES: '90' },
    policyPath: '/nonexistent/policy.json',
    readFile: () => null,
    readUserSettings: () => ({ intervalMinutes: 120 }),
  });
  assert.deepEqual(
    config.sources.map((s) => s.location),
    ['https://cli.example/plans'],
  );
  assert.equal(config.intervalMinutes, 30);
  assert.equal(config.origin.sources, 'command line');
});
