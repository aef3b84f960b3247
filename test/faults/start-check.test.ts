// The start-up re-check of the installed generation: hashes and signatures every time; the bundle's
// shape only when this app's bundle format differs from the one it was checked against at install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BundleSchema } from '../../main/model/bundle.ts';
import { createFsPort } from '../../main/domain/files/fs-port.ts';
import { bundleFormatFingerprint, formatFingerprint } from '../../main/domain/storage/bundle-format.ts';
import { decodeChecked, encodeChecked } from '../../main/domain/storage/checked-json.ts';
import { checkGeneration } from '../../main/domain/storage/generation-check.ts';
import { generationDir, stateLayout } from '../../main/domain/storage/layout.ts';
import { ManifestSchema, MANIFEST_FILE } from '../../main/domain/storage/manifest.ts';
import { freshHarnessPerTest } from './harness.ts';

const harness = freshHarnessPerTest();

/** Runs `body` with the bundle format check counting its calls. */
async function countingFormatChecks<T>(body: () => Promise<T>): Promise<{ result: T; checks: number }> {
  const original = BundleSchema.safeParse.bind(BundleSchema);
  let checks = 0;
  BundleSchema.safeParse = (value, params) => {
    checks++;
    return original(value, params);
  };
  try {
    return { result: await body(), checks };
  } finally {
    BundleSchema.safeParse = original;
  }
}

test('the fingerprint names the format: stable, and another format has another one', () => {
  assert.equal(bundleFormatFingerprint(), formatFingerprint(BundleSchema));
  assert.match(bundleFormatFingerprint(), /^[0-9a-f]{64}$/);
  assert.notEqual(formatFingerprint(BundleSchema.extend({ region: z.string() })), bundleFormatFingerprint());
});

test('an install records the format; the start-up check then re-checks hashes and signatures, not the shape', async () => {
  const t = harness();
  const local = await t.local();
  const active = local.active;
  assert.ok(active);
  assert.equal(active.manifest.bundleFormat, bundleFormatFingerprint());
  const dir = generationDir(stateLayout(t.stateDir), active.manifest.id);
  const same = await countingFormatChecks(() => checkGeneration(createFsPort(), dir));
  assert.ok(same.result.ok);
  assert.equal(same.checks, 0, 'the same format: no second shape check');
  assert.deepEqual(same.result.value.bundle, active.bundle);

  // An app with another format (or a generation from before the field existed) checks the shape again.
  const path = join(dir, MANIFEST_FILE);
  const manifest = decodeChecked(await readFile(path), ManifestSchema);
  assert.ok(manifest.ok);
  await writeFile(path, encodeChecked({ ...manifest.value, bundleFormat: 'f'.repeat(64) }));
  const other = await countingFormatChecks(() => checkGeneration(createFsPort(), dir));
  assert.ok(other.result.ok);
  assert.equal(other.checks, 1, 'another format: the shape is checked again');
  assert.deepEqual(other.result.value.bundle, active.bundle);
});

test('the shape check skipped never skips the hashes: a changed bundle is still refused', async () => {
  const t = harness();
  const active = (await t.local()).active;
  assert.ok(active);
  const dir = generationDir(stateLayout(t.stateDir), active.manifest.id);
  const bundlePath = join(dir, 'bundle.json');
  const bytes = await readFile(bundlePath);
  const at = bytes.length - 2;
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
  await writeFile(bundlePath, bytes);
  const check = await checkGeneration(createFsPort(), dir);
  assert.equal(check.ok, false);
  assert.match(check.ok ? '' : check.error, /bundle\.json does not match its recorded hash/);
});
