// Types for scripts/cli-build.mjs (plain JavaScript so `npm run lifeline` needs no TypeScript loader).
export const repoRoot: string;
/** dist/cli/lifeline.mjs: the package's `bin`. */
export const CLI_ENTRY: string;
export function cliIsStale(root?: string): boolean;
export function buildCli(root?: string): Promise<void>;
/** Builds when the CLI is missing or older than its sources; true when it built. */
export function ensureCli(root?: string): Promise<boolean>;
