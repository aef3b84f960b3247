// One vendor plan file: severity table mapped onto our four severities, phone/portal/email channels,
// account ids, two contacts, an escalation path, a contract, scope and Markdown notes.
import type { Rng } from './random.ts';
import { ROLES } from './names.ts';
import { paragraph, type ProseContext } from './prose.ts';

export interface PersonInput {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface VendorInput {
  id: string;
  name: string;
  phone: string;
  contacts: PersonInput[];
  context: ProseContext;
}

const PLANS = ['Enterprise', 'Premier', 'Mission Critical', 'Business', 'Platinum', 'Gold'];
const SEVERITY_SETS = [
  [
    ['Business-critical system down', '15m'],
    ['Production system down', '1h'],
    ['Production system impaired', '4h'],
    ['General guidance', '24h'],
  ],
  [
    ['P1 Critical', '30m'],
    ['P2 High', '2h'],
    ['P3 Normal', '8h'],
    ['P4 Low', '2d'],
  ],
  [
    ['Urgent', '15m'],
    ['High', '1h'],
    ['Normal', '4h'],
    ['Low', '1d'],
  ],
  [
    ['Severity 1', '1h'],
    ['Severity 2', '4h'],
    ['Severity 3', '1d'],
    ['Severity 4', '3d'],
  ],
] as const;
const IMPACT = [
  'Production is down and there is no workaround.',
  'Important functions are unavailable for many customers.',
  'Functions are degraded; a workaround exists.',
  'Questions, guidance and feature requests.',
];
const COVERED = [
  'Production incidents on the contracted products',
  'Configuration and architecture guidance',
  'Planned event support for launches and peaks',
  'Root-cause analysis for severity 1 cases',
];
const NOT_COVERED = [
  'Debugging our own application code',
  'Third-party integrations we built ourselves',
  'Load testing without prior notice',
];

const q = (text: string) => JSON.stringify(text);

export function vendorFile(rng: Rng, v: VendorInput): string {
  const set = rng.pick(SEVERITY_SETS);
  const account = `${v.id.slice(0, 3).toUpperCase()}-${rng.int(10000, 99999)}`;
  const lines = [
    `id: ${v.id}`,
    `name: ${q(v.name)}`,
    `plan: ${q(rng.pick(PLANS))}`,
    `account:`,
    `  - ${q(account)}`,
    `  - ${q(`${rng.int(1000, 9999)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`)}`,
    `status_page: https://status.${v.id}.example.com/`,
    `hours: 24x7`,
    `channels:`,
    `  - type: phone`,
    `    value: ${q(v.phone)}`,
    `    label: ${q(`${v.name} 24x7 support line`)}`,
    `  - type: portal`,
    `    value: https://support.${v.id}.example.com/`,
    `    label: ${q(`${v.name} support portal (open a case)`)}`,
    `  - type: email`,
    `    value: support@${v.id}.example.com`,
    `    label: Support mailbox`,
    `    for: [sev3, sev4]`,
    `severities:`,
    ...set.flatMap(([name, time], i) => [
      `  - name: ${q(name)}`,
      `    first_response: ${time}`,
      `    matches: sev${i + 1}`,
      `    description: ${q(IMPACT[i] ?? '')}`,
    ]),
    `contacts:`,
    ...v.contacts.flatMap((c) => [
      `  - name: ${q(c.name)}`,
      `    role: ${q(c.role)}`,
      `    phone: ${q(c.phone)}`,
      `    email: ${c.email}`,
      `    verified: 2026-${String(rng.int(1, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    ]),
    `escalation:`,
    `  - after: first_response`,
    `    action: ${q('No reply within the first-response time: add an update to the case and raise the severity if the impact has grown.')}`,
    `  - after: 30m`,
    `    action: ${q(`Call ${v.contacts[0]?.name ?? 'the account team'} with the case id and ask for the case to be escalated.`)}`,
    ...(v.contacts[0] ? [`    contact: ${q(v.contacts[0].name)}`] : []),
    `contract:`,
    `  renews: 20${rng.int(28, 30)}-${String(rng.int(1, 12)).padStart(2, '0')}-15`,
    `  reference: ${q(`CTR-${v.id.slice(0, 4).toUpperCase()}-${rng.int(1000, 9999)}`)}`,
    `scope:`,
    `  covered:`,
    ...rng.sample(COVERED, 2).map((s) => `    - ${q(s)}`),
    `  not_covered:`,
    ...rng.sample(NOT_COVERED, 1).map((s) => `    - ${q(s)}`),
    `notes: |`,
    `  **Before you open a case**: check the [status page](https://status.${v.id}.example.com/).`,
    `  ${paragraph(rng, v.context, 2)}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function personFor(rng: Rng, name: string, phone: string, domain: string): PersonInput {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`;
  return { name, role: rng.pick(ROLES), phone, email };
}
