// Deterministic, seeded generator of realistic plans at any size. `docs` counts what search indexes:
// vendors + contacts (vendor and service) + services + runbooks. The output lints clean and publishes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nameMakers, toId } from './names.ts';
import { createPhoneMaker } from './phones.ts';
import { createRng } from './random.ts';
import { pickSymptom } from './prose.ts';
import { runbookFile } from './runbooks.ts';
import { personFor, vendorFile, type VendorInput } from './vendors.ts';

export interface GenerateOptions {
  docs?: number;
  seed?: number;
}

export interface GeneratedSummary {
  vendors: number;
  contacts: number;
  services: number;
  runbooks: number;
  docs: number;
}

export const DEFAULT_DOCS = 10_000;
const VENDOR_CONTACTS = 2;
const RUNBOOK_KINDS = [
  'is down',
  'is slow',
  'returns errors',
  'lost its database',
  'has a certificate problem',
  'is failing over',
  'has a queue backlog',
  'rejects logins',
];

const manifest = (docs: number, seed: number) => `id: generated-plans
title: "Generated support plans (${docs} documents, seed ${seed})"
publisher: "Platform reliability (generated)"
contacts_max_age_days: 3650
severities:
  - id: sev1
    name: Critical
  - id: sev2
    name: Major
  - id: sev3
    name: Minor
  - id: sev4
    name: Low
`;

/** Splits `docs` into vendors (each with two contacts), services (each with one) and runbooks. */
function allocate(docs: number) {
  const vendors = Math.max(1, Math.floor(docs / 6));
  const services = vendors;
  const runbooks = Math.max(1, docs - vendors * (1 + VENDOR_CONTACTS) - services * 2);
  return { vendors, services, runbooks };
}

export async function generatePlans(dir: string, options: GenerateOptions = {}): Promise<GeneratedSummary> {
  const docs = Math.max(6, Math.floor(options.docs ?? DEFAULT_DOCS));
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const names = nameMakers(rng);
  const phone = createPhoneMaker(rng);
  const counts = allocate(docs);
  await Promise.all(['vendors', 'services', 'runbooks'].map((d) => mkdir(join(dir, d), { recursive: true })));
  await writeFile(join(dir, 'lifeline.yaml'), manifest(docs, seed));

  const vendors: VendorInput[] = [];
  for (let i = 0; i < counts.vendors; i++) {
    const name = names.vendor();
    const id = toId(name);
    const contacts = Array.from({ length: VENDOR_CONTACTS }, () => personFor(rng, names.person(), phone(), `${id}.example.com`));
    vendors.push({ id, name, phone: phone(), contacts, context: { service: 'production', vendor: name, phone: '' } });
    vendors[i]!.context.phone = vendors[i]!.phone;
  }
  const services = Array.from({ length: counts.services }, (_, i) => {
    const name = names.service();
    const deps = rng.sample(vendors, Math.min(vendors.length, rng.int(1, 3)));
    return {
      id: toId(name),
      name,
      deps,
      index: i,
      contact: personFor(rng, names.person(), phone(), 'example.com'),
      runbooks: [] as string[],
    };
  });
  const runbookIds = new Set<string>();
  const runbooks = Array.from({ length: counts.runbooks }, (_, i) => {
    const service = services[i % services.length]!;
    const vendor = rng.pick(service.deps);
    const title = `${service.name} ${rng.pick(RUNBOOK_KINDS)} (${pickSymptom(rng)})`;
    let id = toId(title).slice(0, 80);
    while (runbookIds.has(id)) id = `${toId(title).slice(0, 70)}-${runbookIds.size}`;
    runbookIds.add(id);
    service.runbooks.push(id);
    return { id, title, service, vendor };
  });

  for (const v of vendors) await writeFile(join(dir, 'vendors', `${v.id}.yaml`), vendorFile(rng, v));
  for (const s of services) {
    const c = s.contact;
    const lines = [
      `id: ${s.id}`,
      `name: ${JSON.stringify(s.name)}`,
      `owner: ${JSON.stringify(`${s.name.split(' ')[0]} team`)}`,
      `description: ${JSON.stringify(`${s.name} serves customers through ${s.deps.map((d) => d.name).join(', ')}; it pages its own rotation first.`)}`,
      `depends_on: [${s.deps.map((d) => d.id).join(', ')}]`,
      `contacts:`,
      `  - name: ${JSON.stringify(c.name)}`,
      `    role: ${JSON.stringify(c.role)}`,
      `    phone: ${JSON.stringify(c.phone)}`,
      `    email: ${c.email}`,
      `    verified: 2026-10-0${1 + (s.index % 9)}`,
      `runbooks: [${s.runbooks.join(', ')}]`,
    ];
    await writeFile(join(dir, 'services', `${s.id}.yaml`), `${lines.join('\n')}\n`);
  }
  for (const r of runbooks) {
    const context = { service: r.service.name, vendor: r.vendor.name, phone: r.vendor.phone };
    const tags = [rng.pick(['outage', 'latency', 'errors', 'database', 'network', 'security']), `sev${rng.int(1, 3)}`];
    const text = runbookFile(rng, { id: r.id, title: r.title, services: [r.service.id], vendors: [r.vendor.id], tags, context });
    await writeFile(join(dir, 'runbooks', `${r.id}.md`), text);
  }
  const contacts = counts.vendors * VENDOR_CONTACTS + counts.services;
  return { ...counts, contacts, docs: counts.vendors + contacts + counts.services + counts.runbooks };
}
