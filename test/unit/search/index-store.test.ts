import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEX_FILE, openIndex, type GenerationRef } from '../../../main/domain/search/index-store.ts';
import { encodeIndex, INDEX_FORMAT } from '../../../main/domain/search/serialize.ts';
import { buildIndex } from '../../../main/domain/search/build.ts';
import { createFsPort } from '../../../main/domain/files/fs-port.ts';
import { demoBundle } from '../../helpers/demo-bundle.ts';

const fs = createFsPort();

async function generation(): Promise<{ ref: GenerationRef; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-index-'));
  const bytes = Buffer.from(JSON.stringify(await demoBundle()));
  await writeFile(join(dir, 'bundle.json'), bytes);
  const ref = { generationId: 'g1', dir, bundleFile: 'bundle.json', bundleHash: createHash('sha256').update(bytes).digest('hex') };
  return { ref, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

test('built once, stored beside the generation, then loaded (not rebuilt) on the next open', async () => {
  const { ref, cleanup } = await generation();
  try {
    const first = await openIndex(fs, ref);
    assert.equal(first.rebuiltBecause, 'no stored index');
    assert.equal(first.writeError, null);
    const stored = await stat(join(ref.dir, INDEX_FILE));
    const second = await openIndex(fs, ref);
    assert.equal(second.rebuiltBecause, null, 'loaded');
    assert.equal(second.index.docs.length, first.index.docs.length);
    assert.equal((await stat(join(ref.dir, INDEX_FILE))).mtimeMs, stored.mtimeMs, 'not rewritten');
  } finally {
    await cleanup();
  }
});

const damages: [string, (path: string, ref: GenerationRef) => Promise<void>, RegExp][] = [
  [
    'a flipped byte',
    async (p) => {
      const bytes = await readFile(p);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] as number) ^ 0xff;
      await writeFile(p, bytes);
    },
    /checksum/,
  ],
  ['truncation', async (p) => truncate(p, Math.floor((await stat(p)).size / 3)), /checksum|not a search index/],
  ['an empty file', async (p) => writeFile(p, ''), /not a search index/],
  ['garbage', async (p) => writeFile(p, 'not an index at all, just words'), /not a search index/],
  [
    'another bundle',
    async (p, ref) => writeFile(p, encodeIndex(buildIndex({ ...(await demoBundle()), title: 'Other' }), `${ref.bundleHash.slice(1)}0`)),
    /another bundle/,
  ],
  [
    'another format',
    async (p, ref) => {
      const bytes = encodeIndex(buildIndex(await demoBundle()), ref.bundleHash);
      const text = bytes.toString('latin1').replace(`"format":${INDEX_FORMAT}`, `"format":${INDEX_FORMAT + 1}`);
      const changed = Buffer.from(text, 'latin1');
      const body = changed.subarray(0, changed.length - 32);
      createHash('sha256')
        .update(body)
        .digest()
        .copy(changed, changed.length - 32);
      await writeFile(p, changed);
    },
    new RegExp(`index format ${INDEX_FORMAT + 1}`),
  ],
  [
    'a FIFO in its place',
    async (p) => {
      await rm(p);
      execFileSync('mkfifo', [p]);
    },
    /unreadable|not a regular file|named pipe/,
  ],
];

for (const [what, damage, reason] of damages) {
  test(`a stored index damaged by ${what} is detected and rebuilt, never trusted`, async () => {
    const { ref, cleanup } = await generation();
    try {
      const good = await openIndex(fs, ref);
      await damage(join(ref.dir, INDEX_FILE), ref);
      const reopened = await openIndex(fs, ref);
      assert.match(reopened.rebuiltBecause ?? '', reason);
      assert.equal(reopened.index.docs.length, good.index.docs.length);
      assert.equal((await openIndex(fs, ref)).rebuiltBecause, null, 'the rebuilt index was stored');
    } finally {
      await cleanup();
    }
  });
}

test('a bundle that does not match its recorded hash is refused, not indexed', async () => {
  const { ref, cleanup } = await generation();
  try {
    await writeFile(join(ref.dir, 'bundle.json'), '{"tampered":true}');
    await assert.rejects(openIndex(fs, ref), /does not match its recorded hash/);
  } finally {
    await cleanup();
  }
});
