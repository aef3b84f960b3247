// Markdown to the words a reader sees: headings, paragraphs, list items, link text and code, without
// the syntax (`#`, `**`, `[...](url)`, table pipes) or the link targets.
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// GFM: tables, strikethrough and autolinks are read as structure, so their pipes and tildes vanish.
const parser = unified().use(remarkParse).use(remarkGfm);

function collect(node: Nodes, out: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
    out.push(node.value);
    return;
  }
  if ('children' in node) {
    for (const child of node.children) collect(child, out);
    // Block boundaries become line breaks so words of two paragraphs never run together.
    if (node.type === 'tableCell') out.push(' ');
    else if (node.type !== 'link' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete') out.push('\n');
  }
}

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  collect(parser.runSync(parser.parse(markdown)) as Nodes, out);
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
