// The searchable documents of a bundle: one per vendor, contact (vendor and service contacts), service
// and runbook, each with weighted text fields and its phone numbers.
import type { Bundle, Contact, Vendor } from '../../model/bundle.ts';
import { markdownToText } from './plain-text.ts';
import type { SearchKind } from '../../model/search.ts';

/** Field names in the index, most important first; the order also decides where snippets come from. */
export const FIELDS = ['title', 'names', 'text'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_BOOST: Record<FieldName, number> = { title: 10, names: 3, text: 1 };

export interface DocPhone {
  display: string;
  dial: string;
}

export interface SearchDoc {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string;
  belongsTo: { kind: 'vendor' | 'service'; id: string; name: string } | null;
  contactIndex: number | null;
  /** Labelled parts of each field, so a snippet can say where it matched (`notes`, `severity`...). */
  parts: { field: FieldName; label: string; text: string }[];
  phones: DocPhone[];
}

type Part = SearchDoc['parts'][number];
const nonEmpty = (parts: Part[]) => parts.filter((p) => p.text !== '');

const join = (...items: (string | undefined)[]) => items.filter((s): s is string => !!s && s.trim() !== '').join('\n');

function vendorDoc(v: Vendor, plain: (md: string) => string): SearchDoc {
  const phones = v.channels.filter((c) => c.type === 'phone' && c.dial).map((c) => ({ display: c.value, dial: c.dial as string }));
  return {
    kind: 'vendor',
    id: v.id,
    title: v.name,
    subtitle: v.plan,
    belongsTo: null,
    contactIndex: null,
    parts: nonEmpty([
      { field: 'title', label: 'name', text: v.name },
      { field: 'names', label: 'plan', text: v.plan },
      { field: 'names', label: 'account', text: v.accounts.join('\n') },
      { field: 'names', label: 'contract', text: v.contract?.reference ?? '' },
      { field: 'text', label: 'channel', text: join(...v.channels.flatMap((c) => [c.label, c.value])) },
      { field: 'text', label: 'severity', text: join(...v.severities.flatMap((s) => [s.name, s.description])) },
      { field: 'text', label: 'scope', text: join(...(v.scope?.covered ?? []), ...(v.scope?.notCovered ?? [])) },
      { field: 'text', label: 'notes', text: v.notes ? plain(v.notes) : '' },
    ]),
    phones,
  };
}

function contactDoc(c: Contact, index: number, owner: { kind: 'vendor' | 'service'; id: string; name: string }): SearchDoc {
  return {
    kind: 'contact',
    id: `${owner.id}/${index}`,
    title: c.name,
    subtitle: c.role,
    belongsTo: owner,
    contactIndex: index,
    parts: nonEmpty([
      { field: 'title', label: 'name', text: c.name },
      { field: 'names', label: 'role', text: c.role },
      { field: 'names', label: 'email', text: c.email ?? '' },
      { field: 'text', label: owner.kind, text: owner.name },
      { field: 'text', label: 'phone', text: c.phone?.display ?? '' },
    ]),
    phones: c.phone ? [{ display: c.phone.display, dial: c.phone.e164 }] : [],
  };
}

/** `plain` turns Markdown into text; the scan fallback passes the identity to stay cheap. */
export function documentsOf(bundle: Bundle, plain: (markdown: string) => string = markdownToText): SearchDoc[] {
  const vendorNames = new Map(bundle.vendors.map((v) => [v.id, v.name]));
  const docs: SearchDoc[] = [];
  for (const v of bundle.vendors) {
    docs.push(vendorDoc(v, plain));
    v.contacts.forEach((c, i) => docs.push(contactDoc(c, i, { kind: 'vendor', id: v.id, name: v.name })));
  }
  for (const s of bundle.services) {
    docs.push({
      kind: 'service',
      id: s.id,
      title: s.name,
      subtitle: s.owner,
      belongsTo: null,
      contactIndex: null,
      parts: [
        { field: 'title', label: 'name', text: s.name },
        { field: 'names', label: 'owner', text: s.owner },
        { field: 'text', label: 'description', text: s.description },
        { field: 'text', label: 'depends on', text: join(...s.dependsOn.map((id) => vendorNames.get(id) ?? id)) },
      ],
      phones: [],
    });
    s.contacts.forEach((c, i) => docs.push(contactDoc(c, i, { kind: 'service', id: s.id, name: s.name })));
  }
  for (const r of bundle.runbooks) {
    docs.push({
      kind: 'runbook',
      id: r.id,
      title: r.title,
      subtitle: '',
      belongsTo: null,
      contactIndex: null,
      parts: nonEmpty([
        { field: 'title', label: 'title', text: r.title },
        { field: 'names', label: 'tags', text: r.tags.join('\n') },
        { field: 'text', label: 'runbook', text: plain(r.body) },
      ]),
      phones: [],
    });
  }
  return docs;
}

/** All of one field's text for the index. */
export function fieldText(doc: SearchDoc, field: FieldName): string {
  return doc.parts
    .filter((p) => p.field === field)
    .map((p) => p.text)
    .join('\n');
}
