// A store on a temp directory with a hand-driven clock, and a plan from the demo plans.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import { lookupEscalation } from '../../../main/domain/escalation/plan.ts';
import { createIncidentStore } from '../../../main/domain/incidents/store.ts';
import { createFsPort } from '../../../main/domain/files/fs-port.ts';
import type { EscalationPlan } from '../../../main/model/escalation.ts';

export async function demoPlan(target = 'checkout', severity = 'sev1'): Promise<EscalationPlan> {
  const compiled = await compilePlans('resources/demo/plans', { today: '2026-11-27' });
  if (!compiled.plans) throw new Error('demo plans do not compile');
  const lookup = lookupEscalation(
    { ...compiled.plans, version: 7, publishedAt: '2026-11-27T00:00:00Z' },
    target,
    severity,
    Date.parse('2026-11-27T17:30:00Z'),
  );
  if (lookup.status !== 'plan') throw new Error('no plan');
  return lookup.plan;
}

export async function tempStore(startIso = '2026-11-27T17:30:00Z') {
  const state = await mkdtemp(join(tmpdir(), 'lifeline-incidents-'));
  const clock = {
    ms: Date.parse(startIso),
    now() {
      return new Date(this.ms);
    },
  };
  const dir = join(state, 'incidents');
  const store = createIncidentStore({ dir, fs: createFsPort(), clock });
  return { state, dir, clock, store, advance: (minutes: number) => (clock.ms += minutes * 60_000) };
}
