// What changed between two bundles, in the terms an on-call engineer cares about.
import type { Bundle, Contact, Vendor } from '../../model/bundle.ts';
import type { BundleChanges } from '../../model/status.ts';
import { changeDetails } from './diff-details.ts';

interface ChangeList {
  added: string[];
  removed: string[];
  changed: string[];
}

function diffMaps<T>(before: Map<string, T>, after: Map<string, T>, same: (a: T, b: T) => boolean): ChangeList {
  const list: ChangeList = { added: [], removed: [], changed: [] };
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) list.added.push(key);
    else if (!same(old, value)) list.changed.push(key);
  }
  for (const key of before.keys()) if (!after.has(key)) list.removed.push(key);
  for (const part of [list.added, list.removed, list.changed]) part.sort();
  return list;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function contactsOf(bundle: Bundle): Map<string, Contact> {
  const map = new Map<string, Contact>();
  for (const owner of [...bundle.vendors, ...bundle.services]) {
    for (const contact of owner.contacts) map.set(`${owner.id} / ${contact.name}`, contact);
  }
  return map;
}

/** Phone numbers by "owner id / label": vendor phone channels and contacts' phones, compared by E.164. */
function phonesOf(bundle: Bundle): Map<string, string> {
  const map = new Map<string, string>();
  const vendorChannels = (v: Vendor) => v.channels.filter((c) => c.type === 'phone');
  for (const vendor of bundle.vendors) {
    for (const channel of vendorChannels(vendor))
      map.set(`${vendor.id} / ${channel.label || channel.value}`, channel.dial ?? channel.value);
  }
  for (const owner of [...bundle.vendors, ...bundle.services]) {
    for (const contact of owner.contacts) if (contact.phone) map.set(`${owner.id} / ${contact.name}`, contact.phone.e164);
  }
  return map;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export function diffBundles(before: Bundle | null, after: Bundle): BundleChanges {
  const empty = { ...after, vendors: [], services: [], runbooks: [] };
  const old = before ?? empty;
  return {
    fromVersion: before ? before.version : null,
    toVersion: after.version,
    vendors: diffMaps(byId(old.vendors), byId(after.vendors), sameJson),
    services: diffMaps(byId(old.services), byId(after.services), sameJson),
    contacts: diffMaps(contactsOf(old), contactsOf(after), sameJson),
    phones: diffMaps(phonesOf(old), phonesOf(after), (a, b) => a === b),
    // A first install adds everything: the lists say so, and details stay for real updates.
    details: before ? changeDetails(before, after) : [],
  };
}
