// Commands are loaded lazily by name, so the CLI starts fast and each command lives in its own module.
import type { Command } from './command.ts';

export const COMMAND_NAMES = ['lint', 'validate', 'keys', 'publish', 'timestamp', 'verify', 'sync', 'status', 'incident'] as const;

export async function loadCommand(name: string): Promise<Command | null> {
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) return null;
  try {
    const mod = (await import(`./commands/${name}.ts`)) as { command: Command };
    return mod.command;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}
