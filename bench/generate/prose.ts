// Operational English for runbooks and notes: sentences about alerts, dashboards, failovers and
// vendor cases, filled in with the corpus's own names so searches for them find real text.
import type { Rng } from './random.ts';

export interface ProseContext {
  service: string;
  vendor: string;
  phone: string;
}

const SYMPTOMS = [
  'error rate',
  'p95 latency',
  'queue depth',
  'replication lag',
  'disk usage',
  'connection pool saturation',
  'certificate expiry',
  'DNS resolution failures',
  'timeout rate',
  'consumer lag',
];
const ACTIONS = [
  'drain the node',
  'fail over to the standby region',
  'roll back the last deploy',
  'scale the worker pool',
  'flush the cache',
  'rotate the credentials',
  'pause the batch jobs',
  'restart the ingestion workers',
  'raise the rate limit',
  'disable the feature flag',
];
const PLACES = [
  'the incident channel',
  'the status page',
  'the on-call dashboard',
  'the deploy log',
  'the vendor portal',
  'the runbook index',
];

const SENTENCES: ((rng: Rng, c: ProseContext) => string)[] = [
  (rng, c) => `When the ${rng.pick(SYMPTOMS)} alert fires for ${c.service}, declare the incident first and diagnose second.`,
  (rng, c) =>
    `Check ${rng.pick(PLACES)} before you page anyone, and note the time the ${rng.pick(SYMPTOMS)} started climbing on ${c.service}.`,
  (rng) =>
    `If the ${rng.pick(SYMPTOMS)} stays above the threshold for ten minutes, ${rng.pick(ACTIONS)} and post the result in ${rng.pick(PLACES)}.`,
  (_rng, c) => `Open a case with ${c.vendor} at the top severity and quote the account id, the region and the first error you saw.`,
  (_rng, c) => `Call ${c.vendor} support on ${c.phone} if the case has no answer within the first-response time.`,
  (rng) => `Escalation comes after evidence: attach the graphs that show the ${rng.pick(SYMPTOMS)} and the customer impact.`,
  (rng, c) => `Do not ${rng.pick(ACTIONS)} on ${c.service} without telling the incident commander; it changes what the graphs mean.`,
  (rng) => `Once traffic recovers, watch the ${rng.pick(SYMPTOMS)} for thirty minutes before you downgrade the severity.`,
  (_rng, c) => `Record every action with its time in the incident log, including the calls to ${c.vendor}.`,
  (rng, c) =>
    `A partial outage of ${c.service} is still an outage for the customers it hits: ${rng.pick(ACTIONS)} if one region is failing.`,
  (rng) => `The most common cause last quarter was a configuration change; compare ${rng.pick(PLACES)} with the deploy times.`,
  (_rng, c) => `Hand over with a written summary: what failed, what was tried, what ${c.vendor} said, and what is still open.`,
];

export function sentence(rng: Rng, c: ProseContext): string {
  return rng.pick(SENTENCES)(rng, c);
}

export function paragraph(rng: Rng, c: ProseContext, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, c)).join(' ');
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

export function pickAction(rng: Rng): string {
  return rng.pick(ACTIONS);
}

export function pickSymptom(rng: Rng): string {
  return rng.pick(SYMPTOMS);
}
