// The shape every CLI command module exports, and the errors that map to exit codes.

export const EXIT_OK = 0;
/** Invalid input or failed verification. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Working directory for resolving relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Injected clock so tests are reproducible. */
  now: () => Date;
}

export interface Command {
  name: string;
  /** Full help text printed by `--help`. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
