// Pronounceable, unique names for vendors, people and services, built from syllables so any corpus
// size gets distinct names without a word list per size.
import type { Rng } from './random.ts';

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'cr',
  'dr',
  'fl',
  'gr',
  'kl',
  'pr',
  'st',
  'tr',
  'qu',
  'sh',
  'th',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'x', 'l', 'm', 'nt', 'rk', 'sk', 'ss', 'th'];
const VENDOR_SUFFIXES = [
  '',
  '',
  '',
  ' Cloud',
  ' Systems',
  ' Networks',
  ' Labs',
  ' Data',
  ' Security',
  ' Payments',
  ' Software',
  ' Telecom',
];
const FIRST_NAMES = [
  'Priya',
  'Dana',
  'Sam',
  'Marta',
  'Jonas',
  'Aiko',
  'Rafael',
  'Ines',
  'Tomasz',
  'Lena',
  'Kwame',
  'Sofia',
  'Mateo',
  'Hana',
  'Oliver',
  'Amara',
  'Lukas',
  'Yuki',
  'Chloe',
  'Diego',
  'Fatima',
  'Noah',
  'Elif',
  'Ravi',
  'Greta',
  'Kenji',
  'Nadia',
  'Pablo',
  'Ingrid',
  'Omar',
  'Zara',
  'Felix',
  'Mei',
  'Arjun',
  'Clara',
  'Tariq',
  'Astrid',
  'Bruno',
  'Leila',
  'Henrik',
];
export const ROLES = [
  'Technical account manager',
  'Account manager',
  'Support engineer',
  'Escalation manager',
  'Customer success manager',
  'Solutions architect',
  'Incident commander',
  'Engineering manager',
  'Site reliability engineer',
  'Duty manager',
];

function word(rng: Rng, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A name maker that never repeats a name (nor a name's id) within one corpus. */
function unique(make: () => string, id: (name: string) => string): () => string {
  const seen = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = make();
      if (!seen.has(id(name))) {
        seen.add(id(name));
        return name;
      }
    }
    throw new Error('ran out of distinct names');
  };
}

export const toId = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function nameMakers(rng: Rng) {
  return {
    vendor: unique(() => word(rng, rng.int(2, 3)) + rng.pick(VENDOR_SUFFIXES), toId),
    person: unique(
      () => `${rng.pick(FIRST_NAMES)} ${word(rng, rng.int(2, 3))}`,
      (n) => n,
    ),
    service: unique(
      () =>
        `${word(rng, 2)} ${rng.pick(['API', 'Gateway', 'Checkout', 'Billing', 'Search', 'Ledger', 'Queue', 'Portal', 'Sync', 'Reports'])}`,
      toId,
    ),
  };
}
