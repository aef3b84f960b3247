// Resolves sync settings from, in order: command line, environment, the machine policy file (which
// user settings cannot override), user settings, defaults. Pure over injected readers.
import type { SourceSpec } from '../sync/verify-port.ts';
import { parseSource } from '../tuf/client/source.ts';
import { layerFromEnv, parseSettingsFile, validateLayer, type LayerRead } from './layers.ts';
import {
  DEFAULT_INTERVAL_MINUTES,
  DEFAULT_SOURCE_BUDGET_SECONDS,
  SETTING_KEYS,
  type SettingKey,
  type SettingsLayer,
  type SourceSetting,
} from './schema.ts';
import { isLifelineError } from '../../model/errors.ts';
import { messageOf } from '../../model/thrown.ts';

export type SettingOrigin = 'command line' | 'environment' | 'policy' | 'user' | 'default';

export interface ConfigInputs {
  commandLine?: SettingsLayer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  policyPath: string;
  /** Returns the file's text, or null when it does not exist; may throw when unreadable. */
  readFile: (path: string) => string | null;
  /** User settings (electron-store in the app); throws when the settings file is corrupt. */
  readUserSettings?: () => unknown;
}

export interface ResolvedConfig {
  sources: SourceSpec[];
  root: string | null;
  intervalMinutes: number;
  sourceBudgetSeconds: number;
  origin: Record<SettingKey, SettingOrigin>;
  /** Keys set by the machine policy: the UI must not offer to change them. */
  locked: SettingKey[];
  /** Plain-words problems (bad policy file, corrupt user settings, bad sources); defaults were used. */
  problems: string[];
}

function readPolicy(inputs: ConfigInputs): LayerRead {
  const where = `policy file ${inputs.policyPath}`;
  try {
    return parseSettingsFile(inputs.readFile(inputs.policyPath), where);
  } catch (error) {
    return { layer: {}, problems: [`${where} could not be read and was ignored (${messageOf(error)})`] };
  }
}

function readUser(inputs: ConfigInputs): LayerRead {
  if (!inputs.readUserSettings) return { layer: {}, problems: [] };
  try {
    return validateLayer(inputs.readUserSettings() ?? {}, 'user settings');
  } catch (error) {
    return {
      layer: {},
      problems: [`user settings could not be read; defaults are used and the file is kept for inspection (${messageOf(error)})`],
    };
  }
}

function toSpecs(settings: SourceSetting[], cwd: string, problems: string[]): SourceSpec[] {
  const specs: SourceSpec[] = [];
  for (const setting of settings) {
    const text = typeof setting === 'string' ? setting : setting.url;
    const insecure = typeof setting === 'string' ? false : (setting.insecure ?? false);
    try {
      const parsed = parseSource(text, { cwd, insecure });
      specs.push({ location: parsed.kind === 'dir' ? parsed.path : parsed.url, insecure });
    } catch (error) {
      problems.push(`source ${JSON.stringify(text)} ignored: ${isLifelineError(error, 'source') ? error.message : String(error)}`);
    }
  }
  return specs;
}

export function resolveConfig(inputs: ConfigInputs): ResolvedConfig {
  const cwd = inputs.cwd ?? process.cwd();
  const layers: [SettingOrigin, LayerRead][] = [
    ['command line', validateLayer(inputs.commandLine ?? {}, 'command line')],
    ['environment', layerFromEnv(inputs.env ?? {}, cwd)],
    ['policy', readPolicy(inputs)],
    ['user', readUser(inputs)],
  ];
  const problems = layers.flatMap(([, read]) => read.problems);
  const merged: SettingsLayer = {};
  const origin = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as Record<SettingKey, SettingOrigin>;
  for (const key of SETTING_KEYS) {
    const found = layers.find(([, read]) => read.layer[key] !== undefined);
    if (found) {
      (merged as Record<string, unknown>)[key] = found[1].layer[key];
      origin[key] = found[0];
    }
  }
  const policy = layers[2]?.[1].layer ?? {};
  return {
    sources: toSpecs(merged.sources ?? [], cwd, problems),
    root: merged.root ?? null,
    intervalMinutes: merged.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
    sourceBudgetSeconds: merged.sourceBudgetSeconds ?? DEFAULT_SOURCE_BUDGET_SECONDS,
    origin,
    locked: SETTING_KEYS.filter((k) => policy[k] !== undefined),
    problems,
  };
}
