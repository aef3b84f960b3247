// The demo plans compiled in memory: a realistic bundle (vendors, contacts, services, runbooks) for
// unit tests, without signing or installing anything.
import { fileURLToPath } from 'node:url';
import { compilePlans } from '../../main/domain/plans/compile.ts';
import type { Bundle } from '../../main/model/bundle.ts';

const DEMO_PLANS = fileURLToPath(new URL('../../resources/demo/plans', import.meta.url));

export async function demoBundle(version = 3): Promise<Bundle> {
  const compiled = await compilePlans(DEMO_PLANS, { today: '2026-11-20' });
  if (!compiled.plans) throw new Error(`demo plans do not compile: ${JSON.stringify(compiled.findings.slice(0, 3))}`);
  return { ...compiled.plans, version, publishedAt: '2026-11-20T09:00:00Z' };
}
