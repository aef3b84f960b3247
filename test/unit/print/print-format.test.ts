// Words on paper: deadlines and severities; and QR codes built locally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from 'qrcode';
import { deadlineText, severitiesText } from '../../../renderer/src/features/print/print-format.ts';
import { QUIET_ZONE, qrShape } from '../../../renderer/src/features/print/qr-path.ts';

test('deadlines read as +15 min, +1 h, +8 h, +2 days', () => {
  assert.equal(deadlineText(15), '+15 min');
  assert.equal(deadlineText(90), '+90 min');
  assert.equal(deadlineText(60), '+1 h');
  assert.equal(deadlineText(480), '+8 h');
  assert.equal(deadlineText(1440), '+1 day');
  assert.equal(deadlineText(2880), '+2 days');
  assert.equal(deadlineText(2160), '+36 h');
});

test('severity limits name the organisation’s severities', () => {
  const scale = [
    { id: 'sev1', name: 'Critical' },
    { id: 'sev2', name: 'Major' },
  ];
  assert.equal(severitiesText(null, scale), 'all severities');
  assert.equal(severitiesText(['sev1', 'sev9'], scale), 'Critical (sev1), sev9');
});

test('the QR path has one square per dark module, inside the quiet zone', () => {
  const text = 'lifeline://escalate/checkout?severity=sev1';
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const shape = qrShape(text);
  assert.equal(shape.size, modules.size + 2 * QUIET_ZONE);
  const dark = modules.data.reduce((n, bit) => n + (bit ? 1 : 0), 0);
  assert.equal(shape.path.match(/M/g)?.length, dark);
  assert.ok(!shape.path.includes(`M${QUIET_ZONE - 1} `), 'nothing drawn in the quiet zone');
});
