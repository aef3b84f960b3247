// Reading each settings layer without ever throwing: a bad layer becomes a problem message and nothing.
import { isAbsolute, resolve } from 'node:path';
import { SettingsLayerSchema, type SettingsLayer } from './schema.ts';
import { messageOf } from '../../model/thrown.ts';

export interface LayerRead {
  layer: SettingsLayer;
  problems: string[];
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`).join('; ');
}

export function validateLayer(value: unknown, where: string): LayerRead {
  const parsed = SettingsLayerSchema.safeParse(value);
  if (parsed.success) return { layer: parsed.data, problems: [] };
  return { layer: {}, problems: [`${where} is invalid and was ignored (${describeIssues(parsed.error)})`] };
}

/** Parses a JSON settings file. `text` null means the file does not exist (not a problem). */
export function parseSettingsFile(text: string | null, where: string): LayerRead {
  if (text === null) return { layer: {}, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { layer: {}, problems: [`${where} is not valid JSON and was ignored (${messageOf(error)})`] };
  }
  const read = validateLayer(value, where);
  // Relative paths in a machine-wide file would depend on the working directory: refuse them.
  if (read.layer.root !== undefined && !isAbsolute(read.layer.root)) {
    return { layer: { ...read.layer, root: undefined }, problems: [...read.problems, `${where}: root must be an absolute path`] };
  }
  return read;
}

/** LIFELINE_SOURCES (separated by newlines or "|"), LIFELINE_ROOT, LIFELINE_INTERVAL_MINUTES, LIFELINE_SOURCE_BUDGET_SECONDS. */
export function layerFromEnv(env: NodeJS.ProcessEnv, cwd: string): LayerRead {
  const raw: Record<string, unknown> = {};
  if (env.LIFELINE_SOURCES)
    raw.sources = env.LIFELINE_SOURCES.split(/[\n|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (env.LIFELINE_ROOT) raw.root = resolve(cwd, env.LIFELINE_ROOT);
  if (env.LIFELINE_INTERVAL_MINUTES) raw.intervalMinutes = Number(env.LIFELINE_INTERVAL_MINUTES);
  if (env.LIFELINE_SOURCE_BUDGET_SECONDS) raw.sourceBudgetSeconds = Number(env.LIFELINE_SOURCE_BUDGET_SECONDS);
  return validateLayer(raw, 'the LIFELINE_* environment');
}
