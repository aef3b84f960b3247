import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JobGate } from '../../../main/domain/print/job-gate.ts';
import { createSystemPrint, type SystemPrintDeps } from '../../../main/domain/print/system-print.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

function deps(overrides: Partial<SystemPrintDeps> = {}): SystemPrintDeps & { dialogs: number } {
  const state = {
    dialogs: 0,
    listPrinters: async () => [{ name: 'Office' }],
    print: async () => {
      state.dialogs++;
      return { success: true, failureReason: '' };
    },
    isWindowGone: () => false,
    gate: new JobGate(),
    timeoutMs: 200,
    ...overrides,
  };
  return state;
}

async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(
    promise,
    (error: unknown) => isLifelineError(error, 'ipc') && error.detail.code === code && message.test(error.message),
  );
}

test('prints through the system dialog when a printer exists', async () => {
  const d = deps();
  assert.deepEqual(await createSystemPrint(d)(), { printed: true });
  assert.equal(d.dialogs, 1);
});

test('no printer configured is a clear error instead of silent nothing, and no dialog opens', async () => {
  const d = deps({ listPrinters: async () => [] });
  await rejectsWith(createSystemPrint(d)(), 'failed', /No printer is configured.*Save as PDF/);
  assert.equal(d.dialogs, 0);
  await rejectsWith(createSystemPrint(deps({ listPrinters: () => Promise.reject(new Error('cups down')) }))(), 'failed', /No printer/);
});

test('cancel is not an error; other failure reasons are surfaced', async () => {
  assert.deepEqual(await createSystemPrint(deps({ print: async () => ({ success: false, failureReason: 'cancelled' }) }))(), {
    printed: false,
  });
  await rejectsWith(
    createSystemPrint(deps({ print: async () => ({ success: false, failureReason: 'Invalid printer settings' }) }))(),
    'failed',
    /Printing failed: Invalid printer settings/,
  );
  await rejectsWith(createSystemPrint(deps({ print: async () => ({ success: false, failureReason: '' }) }))(), 'failed', /no reason given/);
});

test('a second print while the dialog is open is busy; a callback that never comes times out', async () => {
  const gate = new JobGate();
  const hanging = createSystemPrint(deps({ gate, print: () => new Promise(() => {}) }));
  const first = hanging();
  await new Promise((r) => setImmediate(r));
  await rejectsWith(hanging(), 'busy', /busy with printing/);
  await rejectsWith(first, 'failed', /did not answer/);
  assert.equal(gate.running, null);
});

test('a window closed before or during printing is reported', async () => {
  await rejectsWith(createSystemPrint(deps({ isWindowGone: () => true }))(), 'failed', /no window/);
  let gone = false;
  const print = async () => ((gone = true), { success: false, failureReason: 'failed' });
  await rejectsWith(createSystemPrint(deps({ print, isWindowGone: () => gone }))(), 'failed', /closed while printing/);
});

test('the print dialog is opened for the paper asked for, A4 by default', async () => {
  const papers: string[] = [];
  const print = createSystemPrint(deps({ print: async (paper) => (papers.push(paper), { success: true, failureReason: '' }) }));
  await print({ paper: 'Letter', sheet: { sheet: 'all' } });
  await print();
  assert.deepEqual(papers, ['Letter', 'A4']);
});
