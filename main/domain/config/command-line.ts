// The app's own command-line settings: --source (repeatable), --root, --interval, --source-budget,
// --insecure-source.
// Everything else on the command line (Chromium switches, a lifeline:// link, the app path) is not ours
// and is left alone; a malformed setting of ours is reported, never fatal.
import type { SettingsLayer, SourceSetting } from './schema.ts';

export interface CommandLineRead {
  layer: SettingsLayer;
  problems: string[];
}

const FLAGS = ['--source', '--insecure-source', '--root', '--interval', '--source-budget'] as const;
type Flag = (typeof FLAGS)[number];

function split(arg: string, next: string | undefined): { flag: Flag; value: string | undefined; consumed: number } | null {
  for (const flag of FLAGS) {
    if (arg === flag) return { flag, value: next, consumed: 2 };
    if (arg.startsWith(`${flag}=`)) return { flag, value: arg.slice(flag.length + 1), consumed: 1 };
  }
  return null;
}

export function readCommandLine(argv: readonly string[]): CommandLineRead {
  const sources: SourceSetting[] = [];
  const layer: SettingsLayer = {};
  const problems: string[] = [];
  for (let i = 0; i < argv.length;) {
    const found = split(argv[i] ?? '', argv[i + 1]);
    if (!found) {
      i += 1;
      continue;
    }
    i += found.consumed;
    const { flag, value } = found;
    if (value === undefined || value === '' || value.startsWith('--')) {
      problems.push(`command line: ${flag} needs a value; ignored`);
      if (value?.startsWith('--')) i -= 1; // that was the next flag, not our value
      continue;
    }
    if (flag === '--source') sources.push(value);
    else if (flag === '--insecure-source') sources.push({ url: value, insecure: true });
    else if (flag === '--root') layer.root = value;
    else if (flag === '--source-budget') {
      if (/^\d{1,6}$/.test(value)) layer.sourceBudgetSeconds = Number(value);
      else problems.push(`command line: --source-budget takes whole seconds, not ${JSON.stringify(value)}; ignored`);
    } else if (/^\d{1,6}$/.test(value)) layer.intervalMinutes = Number(value);
    else problems.push(`command line: --interval takes whole minutes, not ${JSON.stringify(value)}; ignored`);
  }
  if (sources.length > 0) layer.sources = sources;
  return { layer, problems };
}
