// Commands are loaded lazily by name, so the CLI starts fast and each command lives in its own module.
import type { Command } from './command.ts';
import { errnoCode } from '../model/thrown.ts';

/** One line per command for `lifeline --help`, kept here so the list prints without loading any command. */
export const COMMAND_SUMMARIES = {
  lint: 'check a plans directory and report every error and warning with its position',
  validate: 'check that a plans directory is valid (errors only: structure and references)',
  keys: 'create signing keys and the pinned root (init), or rotate keys (rotate)',
  publish: 'compile plans into a bundle and publish it as the next signed repository version',
  timestamp: 're-sign a fresh timestamp for the current repository version (cron)',
  verify: 'verify a signed repository (directory or URL) against a pinned root',
  sync: 'fetch, verify and install the signed plans into a state directory',
  status: 'show the installed bundle, its freshness and the last sync',
  incident: 'list and export incidents from a state directory, and verify an exported log (list, export, verify)',
} as const;

export const COMMAND_NAMES = Object.keys(COMMAND_SUMMARIES) as (keyof typeof COMMAND_SUMMARIES)[];

export async function loadCommand(name: string): Promise<Command | null> {
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) return null;
  try {
    const mod = (await import(`./commands/${name}.ts`)) as { command: Command };
    return mod.command;
  } catch (error) {
    if (errnoCode(error) === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}
