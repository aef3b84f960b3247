// Small plans directories for tests: a minimal valid set, overridden per test, written to a temp dir.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { compilePlans, type CompileResult } from '../../../main/domain/plans/compile.ts';
import type { Finding } from '../../../main/domain/plans/findings.ts';

export const TODAY = '2026-11-22';

export const MANIFEST = `id: test
title: Test plans
publisher: Test team
severities:
  - id: sev1
    name: Critical
  - id: sev2
    name: Major
`;

export const VENDOR = `id: acme
name: Acme Cloud
plan: Gold
account: "0012345"
hours: 24x7
channels:
  - type: phone
    value: +1 206 555 0100
    label: Hotline
  - type: portal
    value: https://support.acme.example/
    label: Portal
    for: [sev2]
severities:
  - name: Urgent
    first_response: 1h
    matches: sev1
    description: Down.
  - name: Normal
    first_response: 1d
    business_hours: true
    matches: sev2
    description: Degraded.
contacts:
  - name: Ann Lee
    role: TAM
    phone: +1 206 555 0101
    email: ann@acme.example
    verified: 2026-11-01
escalation:
  - after: first_response
    action: Call the hotline.
  - after: 2h
    action: Call the TAM.
    contact: Ann Lee
`;

export const SERVICE = `id: shop
name: Shop
owner: Web team
description: The web shop.
depends_on: [acme]
contacts:
  - name: Shop on call
    role: Incident commander
    phone: +1 206 555 0110
    verified: 2026-11-20
runbooks: [shop-down]
`;

export const RUNBOOK = `---
title: Shop is down
services: [shop]
vendors: [acme]
tags: [web]
---

# Shop is down

| Step | Action |
|---|---|
| 1 | Call [Acme](tel:+12065550100) |
`;

export type Files = Record<string, string | Buffer | null>;

export const BASE: Files = {
  'lifeline.yaml': MANIFEST,
  'vendors/acme.yaml': VENDOR,
  'services/shop.yaml': SERVICE,
  'runbooks/shop-down.md': RUNBOOK,
};

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp directory for the test, removed when the test file ends. */
export function tempDir(prefix = 'lifeline-plans-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes BASE with `overrides` applied (null deletes a file) into a temp dir. */
export function writePlans(overrides: Files = {}, base: Files = BASE): string {
  const dir = tempDir();
  const files = { ...base, ...overrides };
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) continue;
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export async function check(overrides: Files = {}, today = TODAY): Promise<CompileResult> {
  return compilePlans(writePlans(overrides), { today });
}

export type Expected = Partial<Finding>;

function matches(f: Finding, e: Expected): boolean {
  return (Object.keys(e) as (keyof Finding)[]).every((k) => {
    const want = e[k];
    if (k === 'message' && typeof want === 'string') return f.message.includes(want);
    return f[k] === want;
  });
}

/** Asserts exactly one finding matches (message: substring) and returns it. */
export function expectFinding(result: CompileResult | Finding[], expected: Expected): Finding {
  const findings = Array.isArray(result) ? result : result.findings;
  const hits = findings.filter((f) => matches(f, expected));
  assert.equal(
    hits.length,
    1,
    `expected one finding like ${JSON.stringify(expected)}, got ${hits.length}:\n${findings.map((f) => JSON.stringify(f)).join('\n')}`,
  );
  return hits[0]!;
}

export function expectNone(result: CompileResult, expected: Expected): void {
  const hits = result.findings.filter((f) => matches(f, expected));
  assert.equal(
    hits.length,
    0,
    `expected no finding like ${JSON.stringify(expected)}, got:\n${hits.map((f) => JSON.stringify(f)).join('\n')}`,
  );
}

export function expectClean(result: CompileResult): void {
  assert.deepEqual(result.findings, [], `expected no findings, got:\n${result.findings.map((f) => JSON.stringify(f)).join('\n')}`);
  assert.ok(result.plans, 'expected compiled plans');
}

/** Replaces `from` (which must occur) in a base file. */
export function edit(rel: keyof typeof BASE, from: string, to: string): Files {
  const content = BASE[rel];
  assert.ok(typeof content === 'string' && content.includes(from), `${rel} does not contain ${JSON.stringify(from)}`);
  return { [rel]: content.replace(from, to) };
}
