import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeChecked, encodeChecked } from '../../../main/domain/storage/checked-json.ts';
import { createFsPort } from '../../../main/domain/files/fs-port.ts';
import { stateLayout } from '../../../main/domain/storage/layout.ts';
import {
  emptyTrustedState,
  mergeTrusted,
  readTrustedCopies,
  saveTrusted,
  TrustedStateSchema,
  type TrustedState,
} from '../../../main/domain/storage/trusted-state.ts';

function state(versions: [number, number, number, number], time: string | null = null): TrustedState {
  const s = emptyTrustedState();
  const [root, timestamp, snapshot, targets] = versions;
  s.roles = {
    root: { version: root, signedHash: `r${root}` },
    timestamp: { version: timestamp, signedHash: `t${timestamp}` },
    snapshot: { version: snapshot, signedHash: `s${snapshot}` },
    targets: { version: targets, signedHash: `g${targets}` },
  };
  return { ...s, highestSignedTime: time, bundleId: `b${targets}` };
}

test('merge takes the highest version of each role and the latest signed time', () => {
  const merged = mergeTrusted(state([1, 9, 3, 2], '2026-01-01T00:00:00Z'), state([2, 4, 5, 2], '2026-06-01T00:00:00Z'));
  assert.deepEqual(
    Object.values(merged.roles).map((r) => r.version),
    [2, 9, 5, 2],
  );
  assert.equal(merged.roles.timestamp.signedHash, 't9');
  assert.equal(merged.highestSignedTime, '2026-06-01T00:00:00Z');
});

test('checked JSON detects a bit flip, truncation, empty and NUL-filled files', () => {
  const bytes = encodeChecked(state([1, 2, 3, 4]));
  assert.equal(decodeChecked(bytes, TrustedStateSchema).ok, true);
  const flipped = Buffer.from(bytes);
  const at = flipped.indexOf('"version":2') + 10;
  flipped[at] = '3'.charCodeAt(0);
  assert.deepEqual(decodeChecked(flipped, TrustedStateSchema), { ok: false, error: 'checksum mismatch' });
  assert.equal(decodeChecked(bytes.subarray(0, 30), TrustedStateSchema).ok, false);
  assert.equal(decodeChecked(Buffer.alloc(0), TrustedStateSchema).ok, false);
  assert.equal(decodeChecked(Buffer.alloc(64), TrustedStateSchema).ok, false);
});

test('one deleted and one corrupt copy never lower the floor below what remains', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-trusted-'));
  try {
    const fs = createFsPort();
    const layout = stateLayout(dir);
    await saveTrusted(fs, layout, state([1, 7, 7, 7]));
    await unlink(layout.trustedCopies[0]);
    let read = await readTrustedCopies(fs, layout);
    assert.equal(read.state.roles.timestamp.version, 7);
    assert.equal(read.damaged.length, 1);
    await writeFile(layout.trustedCopies[0], '{"sha256":"x","body":{"roles":{}}}');
    read = await readTrustedCopies(fs, layout);
    assert.equal(read.state.roles.targets.version, 7);
    await unlink(layout.trustedCopies[1]);
    read = await readTrustedCopies(fs, layout);
    assert.equal(read.state.roles.targets.version, 0, 'with no copy left the files alone prove nothing (generations do, see local-state)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
