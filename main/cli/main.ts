// CLI dispatch: `lifeline <command> [...]`, exit 0 success, 1 invalid input or failed verification, 2 usage.
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './command.ts';
import { COMMAND_NAMES, COMMAND_SUMMARIES, loadCommand } from './registry.ts';
import { isLifelineError } from '../model/errors.ts';
import { messageOf } from '../model/thrown.ts';

function topLevelHelp(io: CliIo): void {
  io.out('Usage: lifeline <command> [options]   (lifeline <command> --help for details)');
  io.out('');
  for (const name of COMMAND_NAMES) io.out(`  ${name.padEnd(10)} ${COMMAND_SUMMARIES[name]}`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    topLevelHelp(io);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`lifeline: unknown command "${name}". Run "lifeline --help" for the list.`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isLifelineError(error, 'usage')) {
      io.err(`lifeline ${name}: ${error.message}`);
      io.err(`Run "lifeline ${name} --help" for usage.`);
      return EXIT_USAGE;
    }
    if (isLifelineError(error, 'failed')) {
      io.err(`lifeline ${name}: ${error.message}`);
      return EXIT_FAILED;
    }
    // Unexpected: still one clear line, never a stack trace (set LIFELINE_DEBUG=1 to see it).
    io.err(`lifeline ${name}: unexpected error: ${messageOf(error)}`);
    if (io.env.LIFELINE_DEBUG) io.err(error instanceof Error ? String(error.stack) : String(error));
    return EXIT_FAILED;
  }
}
