// Tampered or wrongly signed repositories, end to end through sync.
import { test } from 'node:test';
import { generateSigningKey } from '../../main/domain/tuf/signing/keys.ts';
import { assertKept, freshHarnessPerTest, floorOf } from './harness.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';

const harness = freshHarnessPerTest();

test('a tampered target (one bit flipped) is refused, naming the file', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  await t.repo.flipBit(await t.repo.currentFile('bundle'));
  await assertKept(t, await t.sync(), { version: 1, message: /bundle\.json.*(hash|length|match)/i, floor });
});

test('a target signed by an unknown key is refused', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  await t.repo.publish(sampleBundle({ title: 'v2' }), { signers: { targets: [generateSigningKey()] } });
  await assertKept(t, await t.sync(), { version: 1, message: /targets\.json.*signature threshold/i, floor });
});

test('tampered metadata (a bit flip in the timestamp) is refused', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  await t.repo.flipBit('metadata/timestamp.json', 40);
  await assertKept(t, await t.sync(), { version: 1, message: /timestamp\.json/i, floor });
});
