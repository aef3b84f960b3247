// Compiles a plans directory (YAML + Markdown) into the bundle the app reads, reporting every problem.
// Steps: read the files safely (files.ts), parse YAML with positions (yaml.ts), check each file's
// structure against the source format (source-schema.ts, issues.ts), check references and lint rules
// across files (checks.ts), and only when nothing is an error, build the normalised bundle.
import type { z } from 'zod';
import { BundleSchema } from '../../model/bundle.ts';
import { crossCheck, internalError } from './checks.ts';
import type { CompiledPlans, Loaded, LoadedRunbook } from './loaded.ts';
import { readPlansDir, type SourceFile } from './files.ts';
import { compareText, hasErrors, sortFindings, type Finding } from './findings.ts';
import { issuesToFindings } from './issues.ts';
import { splitFrontMatter } from './front-matter.ts';
import {
  ManifestSource,
  RunbookFrontMatterSource,
  ServiceSource,
  VendorSource,
  type ManifestSourceT,
  type RunbookFrontMatterT,
  type ServiceSourceT,
  type VendorSourceT,
} from './source-schema.ts';
import { checkDate } from './values.ts';
import { build } from './to-bundle.ts';
import { parseYaml, positionOf, type ParsedYaml } from './yaml.ts';
import { messageOf } from '../../model/thrown.ts';

export interface CompileOptions {
  /** Reference date for lint checks (stale contacts, renewals), YYYY-MM-DD. */
  today: string;
}

export interface CompileResult {
  /** Sorted by file, line, column. */
  findings: Finding[];
  /** Null iff any finding has error severity. */
  plans: CompiledPlans | null;
  /** Plan files examined (relative paths, sorted), for summaries. */
  files: string[];
}

const CompiledPlansSchema = BundleSchema.omit({ version: true, publishedAt: true });

/** Never throws on bad input: every problem becomes a finding. */
export async function compilePlans(dir: string, options: CompileOptions): Promise<CompileResult> {
  try {
    return await compile(dir, options);
  } catch (error) {
    // A bug, not bad input: still one clear finding rather than a stack trace.
    return {
      findings: [
        {
          severity: 'error',
          file: '.',
          line: 1,
          column: 1,
          rule: 'internal-error',
          message: `Lifeline failed while checking these plans (a bug, please report it): ${messageOf(error)}`,
        },
      ],
      plans: null,
      files: [],
    };
  }
}

interface Typed<T> extends Loaded {
  typed: T | undefined;
}

/** YAML-level errors after which the data is still sound enough to check everything else in the file. */
const READ_ON_AFTER = new Set(['duplicate-key', 'control-character', 'bidi-control', 'yaml-directive']);
function loadYaml<S extends z.ZodType>(
  file: SourceFile,
  parsed: ParsedYaml,
  schema: S,
  topLevel: string,
  findings: Finding[],
): Typed<z.output<S>> {
  findings.push(...parsed.findings);
  const empty: Typed<z.output<S>> = { file, parsed, raw: undefined, typed: undefined };
  if (parsed.findings.some((f) => f.severity === 'error' && !READ_ON_AFTER.has(f.rule)) || parsed.data === undefined) return empty;
  const data = parsed.data;
  if (data === null || (typeof data === 'string' && data.trim() === '')) {
    findings.push({
      severity: 'error',
      file: file.rel,
      line: 1,
      column: 1,
      rule: 'empty-file',
      message: `${topLevel === 'the front matter' ? 'the front matter' : file.rel} is empty: ${emptyHint(file)}`,
    });
    return empty;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = positionOf(parsed, []);
    findings.push({
      severity: 'error',
      file: file.rel,
      line: pos.line,
      column: pos.column,
      rule: 'wrong-type',
      message: `${topLevel} should be a mapping of keys (${emptyHint(file)}), not ${Array.isArray(data) ? 'a list' : 'plain text'}`,
    });
    return empty;
  }
  const raw = data as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (!result.success) findings.push(...issuesToFindings(result.error.issues, { parsed, topLevel, fileId: file.id || undefined }));
  if (file.kind === 'vendor' || file.kind === 'service') {
    const id = raw.id;
    if (typeof id === 'string' && /^[a-z0-9-]+$/.test(id) && id !== file.id) {
      const pos = positionOf(parsed, ['id']);
      findings.push({
        severity: 'error',
        file: file.rel,
        line: pos.line,
        column: pos.column,
        rule: 'id-mismatch',
        message: `id '${id}' does not match the file name ${file.rel}: write id: ${file.id}, or rename the file to ${id}.yaml`,
      });
    }
  }
  return { file, parsed, raw, typed: result.success ? result.data : undefined };
}

function emptyHint(file: SourceFile): string {
  switch (file.kind) {
    case 'manifest':
      return 'it needs id, title, publisher and severities';
    case 'vendor':
      return 'a vendor needs id, name, plan, hours and channels';
    case 'service':
      return 'a service needs id, name, owner and description';
    case 'runbook':
      return 'the front matter needs at least a title';
  }
}

async function compile(dir: string, options: CompileOptions): Promise<CompileResult> {
  const findings: Finding[] = [];
  if (!checkDate(options.today).ok) {
    findings.push({
      severity: 'error',
      file: '.',
      line: 1,
      column: 1,
      rule: 'invalid-option',
      message: `today '${options.today}' is not a date (YYYY-MM-DD)`,
    });
    return { findings, plans: null, files: [] };
  }
  const read = await readPlansDir(dir);
  findings.push(...read.findings);

  let manifest: Typed<ManifestSourceT> | undefined;
  const vendors: Typed<VendorSourceT>[] = [];
  const services: Typed<ServiceSourceT>[] = [];
  const runbooks: (Typed<RunbookFrontMatterT> & LoadedRunbook)[] = [];

  for (const file of read.files) {
    try {
      loadFile(file);
    } catch (error) {
      findings.push(internalError(file.rel, error));
    }
  }

  function loadFile(file: SourceFile): void {
    switch (file.kind) {
      case 'manifest':
        manifest = loadYaml(file, parseYaml(file.rel, file.text), ManifestSource, 'lifeline.yaml', findings);
        break;
      case 'vendor':
        vendors.push(loadYaml(file, parseYaml(file.rel, file.text), VendorSource, 'this vendor', findings));
        break;
      case 'service':
        services.push(loadYaml(file, parseYaml(file.rel, file.text), ServiceSource, 'this service', findings));
        break;
      case 'runbook': {
        const split = splitFrontMatter(file.text);
        if (!split.ok) {
          findings.push({
            severity: 'error',
            file: file.rel,
            line: split.error.line,
            column: 1,
            rule: split.error.rule,
            message: split.error.message,
          });
          break;
        }
        const loaded = loadYaml(file, parseYaml(file.rel, split.value.yamlText), RunbookFrontMatterSource, 'the front matter', findings);
        runbooks.push({ ...loaded, body: { text: split.value.body, startLine: split.value.bodyStartLine } });
        break;
      }
    }
  }

  findings.push(...crossCheck({ manifest, vendors, services, runbooks, ids: read.ids, today: options.today }));

  const sorted = sortFindings(findings);
  const files = [...read.examined].sort(compareText);
  if (hasErrors(sorted) || !manifest?.typed) return { findings: sorted, plans: null, files };

  const plans = build(
    manifest.typed,
    vendors.map((v) => v.typed!),
    services.map((s) => s.typed!),
    runbooks.map((r) => ({ id: r.file.id, front: r.typed!, body: r.body!.text })),
  );
  const check = CompiledPlansSchema.safeParse(plans);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    sorted.push({
      severity: 'error',
      file: '.',
      line: 1,
      column: 1,
      rule: 'internal-error',
      message: `the compiled bundle failed its own schema at ${issue.path.join('.')}: ${issue.message} (a bug in Lifeline, please report it)`,
    });
    return { findings: sorted, plans: null, files };
  }
  return { findings: sorted, plans, files };
}
