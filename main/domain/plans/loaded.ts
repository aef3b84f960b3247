// What the checks and the bundle builder share: plan files as loaded (before any check) and the
// compiled result, kept apart so checking and building never import each other.
import type { Bundle } from '../../model/bundle.ts';
import type { SourceFile } from './files.ts';
import type { ParsedYaml } from './yaml.ts';

export const DEFAULT_CONTACTS_MAX_AGE_DAYS = 90;

export interface Loaded {
  file: SourceFile;
  parsed: ParsedYaml;
  /** The top-level mapping, or undefined when the file could not be read as one. */
  raw: Record<string, unknown> | undefined;
}

export interface LoadedRunbook extends Loaded {
  body: { text: string; startLine: number } | undefined;
}

export interface CheckInput {
  manifest: Loaded | undefined;
  vendors: Loaded[];
  services: Loaded[];
  runbooks: LoadedRunbook[];
  ids: { vendor: Set<string>; service: Set<string>; runbook: Set<string> };
  today: string;
}

export type CompiledPlans = Omit<Bundle, 'version' | 'publishedAt'>;
