// Types for scripts/prebuilt.mjs (plain JavaScript so `npm run lifeline` and `npm run preview` need no TypeScript loader).
export type ProgramName = 'cli' | 'preview';
export const repoRoot: string;
export const PROGRAMS: Record<ProgramName, { outDir: string; entries: Record<string, string>; sources: string[] }>;
/** dist/cli/lifeline.mjs: the package's `bin`. */
export const CLI_ENTRY: string;
/** dist/preview/preview.mjs: what `npm run preview` runs. */
export const PREVIEW_ENTRY: string;
export function isStale(name: ProgramName, root?: string): boolean;
export function buildProgram(name: ProgramName, root?: string): Promise<void>;
/** Builds when the program is missing or older than its sources; true when it built. */
export function ensureProgram(name: ProgramName, root?: string): Promise<boolean>;
export function ensureCli(root?: string): Promise<boolean>;
export function buildCli(root?: string): Promise<void>;
