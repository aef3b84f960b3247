// What each sheet prints, as plain data: the sheet renders it and its hash is taken over it, so the
// hash on paper and the one on screen agree exactly when the printed facts agree.
import type { Bundle, EscalationPlan, IncidentView, Service, Severity, Vendor } from '../../../../preload/contract.ts';
import { sheetHash } from './sheet-hash.ts';

/** The bundle facts a sheet prints: the whole bundle or its per-item summary both have them. */
export type SheetBundle = Pick<Bundle, 'id' | 'title' | 'version' | 'severities' | 'contactsMaxAgeDays'>;

export interface VendorSheetContent {
  sheet: 'vendor';
  bundleId: string;
  /** The organisation's scale, for the names printed next to the vendor's own severities. */
  severities: Severity[];
  /** Everything the sheet prints about the vendor (notes and scope stay on screen). */
  vendor: Omit<Vendor, 'notes' | 'scope'>;
}

export function vendorSheetContent(bundle: SheetBundle, vendor: Vendor): VendorSheetContent {
  const { notes: _notes, scope: _scope, ...printed } = vendor;
  return { sheet: 'vendor', bundleId: bundle.id, severities: bundle.severities, vendor: printed };
}

export function vendorSheetHash(bundle: SheetBundle, vendor: Vendor): string {
  return sheetHash(vendorSheetContent(bundle, vendor));
}

export interface WalletCardContent {
  vendorId: string;
  vendorName: string;
  accounts: string[];
  /** The line to call at the most severe internal severity; null when the plan has no phone line. */
  phone: { value: string; label: string; hours: Vendor['hours'] } | null;
  /** Where to go instead when there is no phone line: the first channel allowed at the top severity. */
  fallback: { type: string; value: string } | null;
  /** The vendor severity to open at our most severe level, with its first-response time in minutes. */
  openAs: { name: string; minutes: number; businessHours: boolean } | null;
}

export interface WalletSheetContent {
  sheet: 'wallet';
  bundleId: string;
  cards: WalletCardContent[];
}

const allows = (channelFor: string[] | null, severityId: string | undefined) =>
  channelFor === null || severityId === undefined || channelFor.includes(severityId);

export function walletCard(bundle: SheetBundle, vendor: Vendor): WalletCardContent {
  const top = bundle.severities[0]?.id;
  const usable = vendor.channels.filter((channel) => allows(channel.for, top));
  const phone = usable.find((channel) => channel.type === 'phone') ?? vendor.channels.find((channel) => channel.type === 'phone');
  const fallback = phone ? null : (usable[0] ?? vendor.channels[0] ?? null);
  const openAs = [...vendor.severities].filter((s) => s.matches === top).sort((a, b) => a.firstResponseMinutes - b.firstResponseMinutes)[0];
  return {
    vendorId: vendor.id,
    vendorName: vendor.name,
    accounts: vendor.accounts,
    phone: phone ? { value: phone.value, label: phone.label, hours: phone.hours } : null,
    fallback: fallback ? { type: fallback.type, value: fallback.value } : null,
    openAs: openAs ? { name: openAs.name, minutes: openAs.firstResponseMinutes, businessHours: openAs.businessHours } : null,
  };
}

export function walletSheetContent(bundle: SheetBundle, vendors: Vendor[]): WalletSheetContent {
  return { sheet: 'wallet', bundleId: bundle.id, cards: vendors.map((vendor) => walletCard(bundle, vendor)) };
}

/** A checklist prints bundle facts only: the plan's clock-dependent parts (stale flags, days left) stay out. */
function checklistFacts(plan: EscalationPlan) {
  return {
    severity: plan.severity,
    missingVendors: plan.missingVendors,
    vendors: plan.vendors.map((vendor) => ({
      id: vendor.id,
      name: vendor.name,
      plan: vendor.plan,
      accounts: vendor.accounts,
      statusPage: vendor.statusPage,
      hours: vendor.hours,
      severity: vendor.severity,
      channels: vendor.channels,
      escalation: vendor.escalation.map((step) => ({
        after: step.after,
        action: step.action,
        contact: step.contactName,
        phone: step.contact?.phone,
      })),
    })),
    contacts: plan.contacts.map(({ name, role, phone, email, verified }) => ({ name, role, phone, email, verified })),
    runbooks: plan.runbooks,
  };
}

export interface ServiceSheetContent {
  sheet: 'service';
  bundleId: string;
  service: Pick<Service, 'id' | 'name' | 'owner' | 'description'>;
  sections: ReturnType<typeof checklistFacts>[];
}

export function serviceSheetContent(bundle: SheetBundle, service: Service, plans: EscalationPlan[]): ServiceSheetContent {
  const { id, name, owner, description } = service;
  return { sheet: 'service', bundleId: bundle.id, service: { id, name, owner, description }, sections: plans.map(checklistFacts) };
}

/** The escalation screen shows this for its one plan; the service page for the plans of every severity. */
export function serviceSheetHash(bundle: SheetBundle, service: Service, plans: EscalationPlan[]): string {
  return sheetHash(serviceSheetContent(bundle, service, plans));
}

/** An incident sheet prints its log, so its hash is the log's: it changes with every entry. */
export function incidentSheetHash(incident: Pick<IncidentView, 'id' | 'entries'>): string {
  return sheetHash({ sheet: 'incident', id: incident.id, entries: incident.entries });
}
