import { test } from 'node:test';
import { check, expectClean } from './helpers.ts';

test('the minimal test plans are clean', async () => {
  expectClean(await check());
});
