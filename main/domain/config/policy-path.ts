// Where administrators put the machine policy file on each platform.
import { join } from 'node:path';

export function defaultPolicyPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Lifeline', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Lifeline/policy.json';
  return '/etc/lifeline/policy.json';
}
