// Shared by `lifeline lint`, `validate` and `publish`: check a plans directory given on the command
// line and print the findings the same way everywhere.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './command.ts';
import { compilePlans, type CompileResult } from '../domain/plans/compile.ts';
import { countFindings, formatFinding, summaryLine, type Finding } from '../domain/plans/findings.ts';
import { isLifelineError, LifelineError } from '../model/errors.ts';
import { messageOf, errnoCode } from '../model/thrown.ts';

/** Resolves the directory argument and compiles it; a missing or non-directory path is one clear line (exit 1). */
export async function checkPlansArg(arg: string, io: CliIo, today: string): Promise<CompileResult> {
  const dir = resolve(io.cwd, arg);
  try {
    const st = await stat(dir);
    if (!st.isDirectory())
      throw new LifelineError('failed', `${arg} is not a directory: pass the plans directory (the one holding lifeline.yaml)`);
  } catch (error) {
    if (isLifelineError(error, 'failed')) throw error;
    const code = errnoCode(error);
    throw new LifelineError('failed', code === 'ENOENT' ? `${arg}: no such directory` : `cannot read ${arg}: ${code ?? messageOf(error)}`);
  }
  return compilePlans(dir, { today });
}

/** Prints findings (`path:line:column: severity: message`, paths as the user typed the directory) and a summary. */
export function printFindings(io: CliIo, arg: string, findings: readonly Finding[], fileCount: number): void {
  for (const f of findings) io.out(formatFinding(f, { dir: arg }));
  io.out(summaryLine(findings, fileCount));
}

export function findingsJson(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  return JSON.stringify({ findings, errors, warnings }, null, 2);
}

/** Today's date in UTC, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
