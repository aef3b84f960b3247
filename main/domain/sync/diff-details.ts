// The detail behind a bundle diff, one line per thing an engineer would notice: what was added or
// removed, and for changes the old and new written values (phone numbers as written in the plans).
import type { Bundle, Contact, Service, Vendor } from '../../model/bundle.ts';
import type { ChangeDetail } from '../../model/status.ts';

type Kind = ChangeDetail['kind'];
type Fields<T> = [field: string, value: (item: T) => string][];

const VENDOR_FIELDS: Fields<Vendor> = [
  ['name', (v) => v.name],
  ['plan', (v) => v.plan],
  ['account ids', (v) => v.accounts.join(', ')],
  ['status page', (v) => v.statusPage ?? ''],
  ['contract renews', (v) => v.contract?.renews ?? ''],
  ['contract reference', (v) => v.contract?.reference ?? ''],
];
const SERVICE_FIELDS: Fields<Service> = [
  ['name', (s) => s.name],
  ['owner', (s) => s.owner],
  ['depends on', (s) => s.dependsOn.join(', ')],
  ['runbooks', (s) => s.runbooks.join(', ')],
];
/** A contact's phone shows under `phone` details already. */
const CONTACT_FIELDS: Fields<Contact> = [
  ['role', (c) => c.role],
  ['email', (c) => c.email ?? ''],
  ['verified', (c) => c.verified ?? 'never'],
];

interface Labelled<T> {
  label: string;
  item: T;
}

function detailsOf<T>(kind: Kind, before: Map<string, Labelled<T>>, after: Map<string, Labelled<T>>, fields: Fields<T>): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  for (const [id, now] of after) {
    const old = before.get(id);
    if (!old) {
      out.push({ kind, id, label: now.label, change: 'added' });
      continue;
    }
    if (JSON.stringify(old.item) === JSON.stringify(now.item)) continue;
    const changedFields = fields.filter(([, value]) => value(old.item) !== value(now.item));
    for (const [field, value] of changedFields)
      out.push({ kind, id, label: `${now.label}: ${field}`, change: 'changed', from: value(old.item), to: value(now.item) });
    if (changedFields.length === 0 && kind !== 'contact') out.push({ kind, id, label: now.label, change: 'changed' });
  }
  for (const [id, old] of before) if (!after.has(id)) out.push({ kind, id, label: old.label, change: 'removed' });
  return out.sort((a, b) => a.id.localeCompare(b.id) || a.label.localeCompare(b.label));
}

function phoneDetails(before: Map<string, Labelled<PhoneLine>>, after: Map<string, Labelled<PhoneLine>>): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  for (const [id, now] of after) {
    const old = before.get(id);
    if (!old) out.push({ kind: 'phone', id, label: now.label, change: 'added', to: now.item.written });
    else if (old.item.dial !== now.item.dial)
      out.push({ kind: 'phone', id, label: now.label, change: 'changed', from: old.item.written, to: now.item.written });
  }
  for (const [id, old] of before)
    if (!after.has(id)) out.push({ kind: 'phone', id, label: old.label, change: 'removed', from: old.item.written });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

interface PhoneLine {
  written: string;
  dial: string;
}

function owners(bundle: Bundle): (Vendor | Service)[] {
  return [...bundle.vendors, ...bundle.services];
}

function contactsOf(bundle: Bundle): Map<string, Labelled<Contact>> {
  const map = new Map<string, Labelled<Contact>>();
  for (const owner of owners(bundle))
    for (const c of owner.contacts) map.set(`${owner.id} / ${c.name}`, { label: `${c.name} (${owner.name})`, item: c });
  return map;
}

/** Keys match the `phones` lists: "owner id / channel label" and "owner id / contact name". */
function phonesOf(bundle: Bundle): Map<string, Labelled<PhoneLine>> {
  const map = new Map<string, Labelled<PhoneLine>>();
  for (const v of bundle.vendors) {
    for (const c of v.channels.filter((ch) => ch.type === 'phone')) {
      map.set(`${v.id} / ${c.label || c.value}`, {
        label: `${v.name}: ${c.label || c.value}`,
        item: { written: c.value, dial: c.dial ?? c.value },
      });
    }
  }
  for (const owner of owners(bundle)) {
    for (const c of owner.contacts) {
      if (c.phone)
        map.set(`${owner.id} / ${c.name}`, { label: `${owner.name}: ${c.name}`, item: { written: c.phone.display, dial: c.phone.e164 } });
    }
  }
  return map;
}

const byId = <T extends { id: string; name: string }>(items: T[]) => new Map(items.map((i) => [i.id, { label: i.name, item: i }]));

export function changeDetails(before: Bundle, after: Bundle): ChangeDetail[] {
  return [
    ...detailsOf('vendor', byId(before.vendors), byId(after.vendors), VENDOR_FIELDS),
    ...detailsOf('service', byId(before.services), byId(after.services), SERVICE_FIELDS),
    ...detailsOf('contact', contactsOf(before), contactsOf(after), CONTACT_FIELDS),
    ...phoneDetails(phonesOf(before), phonesOf(after)),
  ];
}
