// `lifeline validate <plans>`: errors only (structure and references), the check publish applies.
import { parseFlags, positionals } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo, type Command } from '../command.ts';
import { checkPlansArg, findingsJson, isoDay, printFindings } from '../plans-report.ts';

const help = `Usage: lifeline validate <plans> [--json]

Checks that a plans directory can be published: file safety, structure, values and references.
Prints each error as
  path:line:column: error: what is wrong and how to fix it
then a summary line. Warnings (stale contacts, renewals, links...) are left to "lifeline lint".

Options:
  --json   print {"findings":[...],"errors":N,"warnings":0} on stdout instead of text

Exit status: 0 valid, 1 errors found, 2 usage error.

Example:
  npm run lifeline -- validate resources/demo/plans`;

export const command: Command = {
  name: 'validate',
  help,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals: rest } = parseFlags(argv, { json: { type: 'boolean' } });
    const [plansArg] = positionals(rest, ['plans']) as [string];
    const result = await checkPlansArg(plansArg, io, isoDay(io.now()));
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (values.json) {
      io.out(findingsJson(errors));
    } else if (errors.length > 0) {
      printFindings(io, plansArg, errors, result.files.length);
    } else {
      const p = result.plans;
      const counts = p ? `: ${p.vendors.length} vendors, ${p.services.length} services, ${p.runbooks.length} runbooks` : '';
      io.out(`${plansArg} is valid${counts} (${result.files.length} files)`);
    }
    return errors.length > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
