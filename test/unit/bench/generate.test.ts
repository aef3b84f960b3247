import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlans } from '../../../bench/generate/index.ts';
import { KNOWN_NUMBERS } from '../../../bench/generate/phones.ts';
import { compilePlans } from '../../../main/domain/plans/compile.ts';

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const section of ['', 'vendors', 'services', 'runbooks']) {
    for (const name of (await readdir(join(dir, section), { withFileTypes: true })).filter((e) => e.isFile())) {
      files.set(join(section, name.name), await readFile(join(dir, section, name.name), 'utf8'));
    }
  }
  return files;
}

test('the same seed writes byte-identical plans; another seed writes different ones', async () => {
  const base = await mkdtemp(join(tmpdir(), 'lifeline-gen-'));
  try {
    await generatePlans(join(base, 'a'), { docs: 120, seed: 7 });
    await generatePlans(join(base, 'b'), { docs: 120, seed: 7 });
    await generatePlans(join(base, 'c'), { docs: 120, seed: 8 });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((d) => snapshot(join(base, d))));
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});

test('generated plans lint with no finding and hold exactly the requested number of documents', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-gen-'));
  try {
    const summary = await generatePlans(dir, { docs: 300, seed: 3 });
    assert.equal(summary.docs, 300);
    const compiled = await compilePlans(dir, { today: '2026-12-01' });
    assert.deepEqual(compiled.findings, []);
    const plans = compiled.plans!;
    const contacts = [...plans.vendors, ...plans.services].reduce((n, item) => n + item.contacts.length, 0);
    assert.equal(plans.vendors.length + plans.services.length + plans.runbooks.length + contacts, 300);
    assert.ok(plans.vendors.every((v) => v.severities.length === 4 && v.channels.some((c) => c.type === 'phone') && v.accounts.length > 0));
    const phones = plans.vendors.flatMap((v) => v.channels.filter((c) => c.type === 'phone').map((c) => c.value));
    for (const known of KNOWN_NUMBERS) assert.ok(JSON.stringify(plans).includes(known), `${known} is in the corpus`);
    assert.ok(new Set(phones.map((p) => p.slice(0, 3))).size >= 4, 'several national formats');
    for (const runbook of plans.runbooks) {
      const words = runbook.body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      assert.ok(words >= 150 && words <= 600, `${runbook.id} has ${words} words`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
