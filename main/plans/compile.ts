// Compiles a plans directory (YAML + Markdown) into the bundle the app reads, reporting every problem.
import type { Bundle } from '../model/bundle.ts';
import type { Finding } from './findings.ts';

export type CompiledPlans = Omit<Bundle, 'version' | 'publishedAt'>;

export interface CompileOptions {
  /** Reference date for lint checks (stale contacts, renewals), YYYY-MM-DD. */
  today: string;
}

export interface CompileResult {
  /** Sorted by file, line, column. */
  findings: Finding[];
  /** Null iff any finding has error severity. */
  plans: CompiledPlans | null;
  /** Plan files read (relative paths), for summaries. */
  files: string[];
}

/** Never throws on bad input: every problem becomes a finding. */
export async function compilePlans(dir: string, options: CompileOptions): Promise<CompileResult> {
  void dir;
  void options;
  return {
    findings: [{ severity: 'error', file: '.', line: 1, column: 1, rule: 'not-implemented', message: 'plan compilation is not implemented yet' }],
    plans: null,
    files: [],
  };
}
