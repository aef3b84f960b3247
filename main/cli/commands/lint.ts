// `lifeline lint <plans>`: every problem in a plans directory, errors and warnings, with positions.
import { parseFlags, positionals } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo, type Command } from '../command.ts';
import { checkPlansArg, findingsJson, isoDay, printFindings } from '../plans-report.ts';
import { checkDate } from '../../domain/plans/values.ts';
import type { Finding } from '../../domain/plans/findings.ts';
import { LifelineError } from '../../model/errors.ts';

const help = `Usage: lifeline lint <plans> [--today YYYY-MM-DD] [--strict] [--json]

Checks a plans directory (lifeline.yaml, vendors/, services/, runbooks/) and prints every problem as
  path:line:column: error|warning: what is wrong and how to fix it
sorted by file and line, then a summary line ("2 errors, 3 warnings in 7 files").

Errors: broken or unreadable files, unknown keys, missing or malformed values (ids, durations, dates,
time zones, hours, URLs, emails, phone numbers), unknown references (matches, for, depends_on,
runbooks, escalation contacts, runbook services and vendors) and duplicates.
Warnings: contacts not verified within contacts_max_age_days (or never), contracts renewing within
30 days or lapsed, vendors with no channel for the most severe internal severity, services depending
on a vendor with no severity matching one of ours, and Markdown links that are not https, mailto or tel.

Options:
  --today YYYY-MM-DD  the date warnings are computed against (default: today, UTC)
  --strict            treat warnings as errors
  --json              print {"findings":[...],"errors":N,"warnings":N} on stdout instead of text

Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 usage error.

Example:
  npm run lifeline -- lint resources/demo/plans --today 2026-11-22`;

export function parseToday(value: string | undefined, io: CliIo): string {
  if (value === undefined) return isoDay(io.now());
  const checked = checkDate(value);
  if (!checked.ok) throw new LifelineError('usage', `--today must be a real date written YYYY-MM-DD, e.g. 2026-11-22 (got '${value}')`);
  return value;
}

export const command: Command = {
  name: 'lint',
  help,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals: rest } = parseFlags(argv, {
      today: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const [plansArg] = positionals(rest, ['plans']) as [string];
    const today = parseToday(values.today, io);
    const result = await checkPlansArg(plansArg, io, today);
    const findings: Finding[] = values.strict ? result.findings.map((f) => ({ ...f, severity: 'error' as const })) : result.findings;
    if (values.json) io.out(findingsJson(findings));
    else printFindings(io, plansArg, findings, result.files.length);
    return findings.some((f) => f.severity === 'error') ? EXIT_FAILED : EXIT_OK;
  },
};
