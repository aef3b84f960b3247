// Per-item views of the active bundle, so a screen asks for one vendor instead of megabytes of bundle.
// Maps are built once per bundle object (the core caches the bundle it read) and reused.
import type { Bundle, Runbook, Service, Severity, Vendor } from './bundle.ts';

/** What every screen needs to know about the bundle without its items. */
export interface BundleInfo {
  id: string;
  title: string;
  publisher: string;
  version: number;
  publishedAt: string;
  contactsMaxAgeDays: number;
  /** Most severe first. */
  severities: Severity[];
  counts: { vendors: number; services: number; runbooks: number; contacts: number };
}

/** One line of the Vendors A-Z list. */
export interface VendorSummary {
  id: string;
  name: string;
  plan: string;
  /** Account ids to quote: shown and copied in the A-Z list, and matched by its filter. */
  accounts: string[];
  /** First phone channel, written form and E.164, when the vendor has one. */
  phone: { display: string; dial: string | null; extension?: string } | null;
}

interface BundleMaps {
  vendors: Map<string, Vendor>;
  services: Map<string, Service>;
  runbooks: Map<string, Runbook>;
}

const mapsByBundle = new WeakMap<Bundle, BundleMaps>();

function mapsOf(bundle: Bundle): BundleMaps {
  let maps = mapsByBundle.get(bundle);
  if (!maps) {
    maps = {
      vendors: new Map(bundle.vendors.map((v) => [v.id, v])),
      services: new Map(bundle.services.map((s) => [s.id, s])),
      runbooks: new Map(bundle.runbooks.map((r) => [r.id, r])),
    };
    mapsByBundle.set(bundle, maps);
  }
  return maps;
}

export const findVendor = (bundle: Bundle, id: string): Vendor | null => mapsOf(bundle).vendors.get(id) ?? null;
export const findService = (bundle: Bundle, id: string): Service | null => mapsOf(bundle).services.get(id) ?? null;
export const findRunbook = (bundle: Bundle, id: string): Runbook | null => mapsOf(bundle).runbooks.get(id) ?? null;

export function bundleInfo(bundle: Bundle): BundleInfo {
  const contacts = bundle.vendors.reduce((n, v) => n + v.contacts.length, 0) + bundle.services.reduce((n, s) => n + s.contacts.length, 0);
  return {
    id: bundle.id,
    title: bundle.title,
    publisher: bundle.publisher,
    version: bundle.version,
    publishedAt: bundle.publishedAt,
    contactsMaxAgeDays: bundle.contactsMaxAgeDays,
    severities: bundle.severities,
    counts: { vendors: bundle.vendors.length, services: bundle.services.length, runbooks: bundle.runbooks.length, contacts },
  };
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });
const summariesByBundle = new WeakMap<Bundle, VendorSummary[]>();

/** Vendors sorted by name for the A-Z list (locale-aware, case-insensitive); built once per bundle. */
export function vendorSummaries(bundle: Bundle): VendorSummary[] {
  const cached = summariesByBundle.get(bundle);
  if (cached) return cached;
  const summaries = bundle.vendors
    .map((v) => {
      const phone = v.channels.find((c) => c.type === 'phone');
      return {
        id: v.id,
        name: v.name,
        plan: v.plan,
        accounts: v.accounts,
        phone: phone
          ? { display: phone.value, dial: phone.dial ?? null, ...(phone.extension ? { extension: phone.extension } : {}) }
          : null,
      };
    })
    .sort((a, b) => byName.compare(a.name, b.name));
  summariesByBundle.set(bundle, summaries);
  return summaries;
}
