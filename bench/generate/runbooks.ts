// Markdown runbooks of 150-600 words: headings, numbered steps, emphasis, inline code, https and tel
// links, the way on-call teams write them.
import { checkPhone } from '../../main/domain/plans/values.ts';
import type { Rng } from './random.ts';
import { paragraph, pickAction, pickSymptom, wordCount, type ProseContext } from './prose.ts';

export interface RunbookInput {
  id: string;
  title: string;
  services: string[];
  vendors: string[];
  tags: string[];
  context: ProseContext;
}

function yamlList(items: string[]): string {
  return `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
}

function bodyOf(rng: Rng, input: RunbookInput, targetWords: number): string {
  const c = input.context;
  const dial = checkPhone(c.phone);
  const tel = dial.ok ? `[${c.phone}](tel:${dial.value.e164})` : c.phone;
  const parts = [
    `# ${input.title}`,
    paragraph(rng, c, 2),
    '## 1. First ten minutes',
    [
      `1. Page the on-call engineer for **${c.service}** and open \`#inc-${input.id.slice(0, 40)}\`.`,
      `2. Check the ${pickSymptom(rng)} on the [service dashboard](https://dashboards.example.com/${input.id}).`,
      `3. If the vendor is involved, call ${c.vendor} on ${tel}.`,
      `4. Decide whether to ${pickAction(rng)}.`,
    ].join('\n'),
    '## 2. Diagnose',
  ];
  while (wordCount(parts.join('\n\n')) < targetWords - 25) parts.push(paragraph(rng, c, rng.int(1, 2)));
  parts.push('## 3. Recover and hand over', paragraph(rng, c, 1));
  return parts.join('\n\n');
}

export function runbookFile(rng: Rng, input: RunbookInput): string {
  const front = [
    '---',
    `title: ${JSON.stringify(input.title)}`,
    `services: ${yamlList(input.services)}`,
    `vendors: ${yamlList(input.vendors)}`,
    `tags: ${yamlList(input.tags)}`,
    '---',
  ].join('\n');
  return `${front}\n\n${bodyOf(rng, input, rng.int(175, 540))}\n`;
}
