// A runbook file's YAML front matter, split from its Markdown body with the line the body starts on.
import { fail, ok, type Result } from '../../model/result.ts';

export type FrontMatter = Result<
  { yamlText: string; body: string; bodyStartLine: number },
  { rule: string; message: string; line: number }
>;

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Splits `---\n<yaml>\n---\n<body>`. `yamlText` keeps the opening fence so YAML positions equal file positions. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return fail({
      rule: 'missing-front-matter',
      line: 1,
      message: "a runbook starts with front matter: a line '---', then 'title: ...' (and services, vendors, tags), then another '---' line",
    });
  }
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (CLOSE.test(line)) {
      const yamlText = text.slice(0, offset);
      const bodyOffset = Math.min(text.length, offset + line.length + 1);
      return ok({ yamlText, body: text.slice(bodyOffset), bodyStartLine: i + 2 });
    }
    offset += line.length + 1;
  }
  return fail({
    rule: 'unclosed-front-matter',
    line: 1,
    message: "the front matter that starts here is never closed: add a line '---' after the last front matter key",
  });
}
