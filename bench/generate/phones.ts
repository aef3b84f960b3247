// Phone numbers in several national formats, each checked with the plan lint's own phone check, so a
// generated plan never fails `invalid-phone`. Unique within one generated corpus.
import { checkPhone } from '../../main/domain/plans/values.ts';
import type { Rng } from './random.ts';

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

/** One candidate per national format, written the way that country writes it. */
const FORMATS: ((rng: Rng) => string)[] = [
  (rng) => `+1 ${rng.pick(['206', '415', '212', '617', '303', '512'])} ${rng.int(201, 989)} ${digits(rng, 4)}`,
  (rng) => `+1 ${rng.pick(['206', '312', '646'])}-${rng.int(201, 989)}-${digits(rng, 4)}`,
  (rng) => `+55 ${rng.pick(['11', '21', '51'])} ${rng.int(2, 5)}${digits(rng, 3)} ${digits(rng, 4)}`,
  (rng) => `+44 20 ${rng.pick(['7', '8', '3'])}${digits(rng, 3)} ${digits(rng, 4)}`,
  (rng) => `+49 30 ${rng.int(2, 9)}${digits(rng, 5)}`,
  (rng) => `+81 3-${rng.int(1, 9)}${digits(rng, 3)}-${digits(rng, 4)}`,
];

/** The numbers the search tests and benchmark name: handed out first, so every corpus holds them. */
export const KNOWN_NUMBERS = ['+1 206 555 0142', '+55 51 3083 8111', '+44 20 7946 0958', '+49 30 901820', '+81 3-1234-5678'];

export function createPhoneMaker(rng: Rng): () => string {
  const used = new Set<string>();
  const preset = [...KNOWN_NUMBERS];
  return () => {
    const known = preset.shift();
    if (known !== undefined) {
      const checked = checkPhone(known);
      if (!checked.ok) throw new Error(`${known}: ${checked.error}`);
      used.add(checked.value.e164);
      return known;
    }
    for (let attempt = 0; attempt < 200; attempt++) {
      const written = rng.pick(FORMATS)(rng);
      const checked = checkPhone(written);
      if (checked.ok && !used.has(checked.value.e164)) {
        used.add(checked.value.e164);
        return written;
      }
    }
    throw new Error('could not make a valid, unused phone number in 200 attempts');
  };
}
