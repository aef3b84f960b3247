import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurable } from '../../../main/domain/files/durable-write.ts';
import { createFsPort, errnoError } from '../../../main/domain/files/fs-port.ts';
import { JobGate } from '../../../main/domain/print/job-gate.ts';
import { createPdfExport, type PdfExportDeps } from '../../../main/domain/print/pdf-export.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n% Lifeline sheet\n%%EOF\n');

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-pdf-'));
  try {
    await run(dir);
  } finally {
    await chmod(dir, 0o755).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

function deps(dir: string, overrides: Partial<PdfExportDeps> = {}): PdfExportDeps {
  return {
    chooseDestination: async () => join(dir, 'aws-escalation'),
    render: async () => PDF,
    isWindowGone: () => false,
    write: (path, data) => writeFileDurable(path, data),
    gate: new JobGate(),
    timeoutMs: 200,
    ...overrides,
  };
}

async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isLifelineError(error, 'ipc'), String(error));
    assert.equal(error.detail.code, code);
    assert.match(error.message, message);
    return true;
  });
}

test('saves the rendered PDF under the chosen name with a .pdf extension, and nothing else', async () => {
  await withDir(async (dir) => {
    const saved = await createPdfExport(deps(dir))();
    assert.deepEqual(saved, { path: join(dir, 'aws-escalation.pdf'), bytes: PDF.byteLength });
    assert.deepEqual(await readFile(join(dir, 'aws-escalation.pdf')), Buffer.from(PDF));
    assert.deepEqual(await readdir(dir), ['aws-escalation.pdf'], 'no temp file left behind');
  });
});

test('cancelling the dialog saves nothing and is not an error', async () => {
  await withDir(async (dir) => {
    let rendered = false;
    const result = await createPdfExport(
      deps(dir, { chooseDestination: async () => null, render: async () => ((rendered = true), PDF) }),
    )();
    assert.equal(result, null);
    assert.equal(rendered, false);
  });
});

test('a second job while one runs is refused as busy, and the gate frees up afterwards', async () => {
  await withDir(async (dir) => {
    let finish: (data: Uint8Array) => void = () => {};
    let firstRender = true;
    const render = () => (firstRender ? ((firstRender = false), new Promise<Uint8Array>((r) => (finish = r))) : Promise.resolve(PDF));
    const save = createPdfExport(deps(dir, { gate: new JobGate(), timeoutMs: 5000, render }));
    const first = save();
    await new Promise((r) => setImmediate(r));
    await rejectsWith(save(), 'busy', /busy with saving a PDF/);
    finish(PDF);
    assert.equal((await first)?.bytes, PDF.byteLength);
    assert.equal((await save())?.bytes, PDF.byteLength, 'the next job runs once the first is done');
  });
});

test('rendering that never finishes times out and saves nothing', async () => {
  await withDir(async (dir) => {
    const started = Date.now();
    await rejectsWith(
      createPdfExport(deps(dir, { render: () => new Promise(() => {}) }))(),
      'failed',
      /longer than 0 s; nothing was saved/,
    );
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(await readdir(dir), []);
  });
});

test('a window closed mid-print is reported as such', async () => {
  await withDir(async (dir) => {
    let gone = false;
    const render = async () => {
      gone = true;
      throw new Error('Object has been destroyed');
    };
    await rejectsWith(createPdfExport(deps(dir, { render, isWindowGone: () => gone }))(), 'failed', /window was closed/);
    await rejectsWith(createPdfExport(deps(dir, { isWindowGone: () => true }))(), 'failed', /window was closed/);
    await rejectsWith(createPdfExport(deps(dir, { render: async () => new Uint8Array() }))(), 'failed', /empty/);
  });
});

test('an unwritable folder and a missing folder give plain errors and keep what was there', async () => {
  await withDir(async (dir) => {
    const target = join(dir, 'kept.pdf');
    await writeFile(target, 'previous export');
    await chmod(dir, 0o555);
    const isRoot = process.getuid?.() === 0; // root ignores directory permissions
    if (!isRoot) {
      await rejectsWith(createPdfExport(deps(dir, { chooseDestination: async () => target }))(), 'failed', /permission denied/);
    }
    await chmod(dir, 0o755);
    // The same refusal as the OS gives it, for runs as root (which ignores directory modes).
    const denied = createFsPort((op, path) => {
      if (op === 'write') throw Object.assign(errnoError('EACCES', op, path), { message: 'EACCES: permission denied' });
    });
    const write = (p: string, d: Uint8Array) => writeFileDurable(p, d, { fs: denied });
    await rejectsWith(createPdfExport(deps(dir, { chooseDestination: async () => target, write }))(), 'failed', /permission denied/);
    assert.equal(await readFile(target, 'utf8'), 'previous export');
    await rejectsWith(
      createPdfExport(deps(dir, { chooseDestination: async () => join(dir, 'no', 'such', 'x.pdf') }))(),
      'failed',
      /folder .* does not exist/,
    );
  });
});

test('a disk that fills mid-write leaves the old file intact and no partial file', async () => {
  await withDir(async (dir) => {
    const target = join(dir, 'sheet.pdf');
    await writeFile(target, 'previous export');
    const fullDisk = createFsPort((op, path) => {
      if (op !== 'write') return;
      writeFileSync(path, PDF.slice(0, 5)); // part of it lands, then the disk is full
      throw errnoError('ENOSPC', op, path);
    });
    const save = createPdfExport(
      deps(dir, { chooseDestination: async () => target, write: (p, d) => writeFileDurable(p, d, { fs: fullDisk }) }),
    );
    await rejectsWith(save(), 'failed', /disk is full/);
    assert.equal(await readFile(target, 'utf8'), 'previous export');
    assert.deepEqual(await readdir(dir), ['sheet.pdf']);
  });
});

test('the PDF is rendered on the paper asked for and offered under the sheet’s name', async () => {
  await withDir(async (dir) => {
    const asked: { names: string[]; papers: string[] } = { names: [], papers: [] };
    const save = createPdfExport(
      deps(dir, {
        chooseDestination: async (name) => (asked.names.push(name), join(dir, name)),
        render: async (paper) => (asked.papers.push(paper), PDF),
        now: () => new Date('2026-12-01T21:00:00Z'),
      }),
    );
    await save({ paper: 'Letter', sheet: { sheet: 'vendor', id: 'aws' } });
    await save({ sheet: { sheet: 'service', id: 'checkout', severity: 'sev1' } });
    await save();
    assert.deepEqual(asked.papers, ['Letter', 'A4', 'A4'], 'A4 unless asked otherwise');
    assert.deepEqual(asked.names, [
      'lifeline-vendor-aws-2026-12-01.pdf',
      'lifeline-checklist-checkout-sev1-2026-12-01.pdf',
      'lifeline-screen-2026-12-01.pdf',
    ]);
  });
});
