// What a screen with a printed counterpart shows: the sheet's hash ("sheet a1b2c3 of bundle demo v3",
// the same as on paper) and Print / Save as PDF for that sheet.
import { useMemo } from 'react';
import type { IncidentView, Service, Vendor } from '../../../../preload/contract.ts';
import { useBundleInfo, useService, useVendor } from '../../data/items.ts';
import { PrintControls } from './PrintControls.tsx';
import { incidentSheetHash, serviceSheetHash, vendorSheetHash, type SheetBundle } from './sheet-content.ts';
import { checklistSeverities, servicePlans } from './sheet-requests.ts';
import { SheetStamp } from './SheetStamp.tsx';
import { useSheetPlans } from './useSheetPlans.ts';

export function VendorSheetBar({ bundle, vendor }: { bundle: SheetBundle; vendor: Vendor }) {
  return (
    <div className="sheet-bar">
      <SheetStamp hash={vendorSheetHash(bundle, vendor)} bundleId={bundle.id} version={bundle.version} />
      <PrintControls sheet={{ sheet: 'vendor', id: vendor.id }} what={`the ${vendor.name} sheet`} />
    </div>
  );
}

/** For the service page (every severity) and the escalation screen (one severity). */
export function ServiceSheetBar({ bundle, service, severity }: { bundle: SheetBundle; service: Service; severity?: string }) {
  const requests = useMemo(
    () => checklistSeverities(bundle, severity).map((id) => ({ target: service.id, severity: id })),
    [bundle, service.id, severity],
  );
  const { plans, error } = useSheetPlans(requests);
  const sheet = severity ? { sheet: 'service' as const, id: service.id, severity } : { sheet: 'service' as const, id: service.id };
  return (
    <div className="sheet-bar">
      {plans ? (
        <SheetStamp
          hash={serviceSheetHash(bundle, service, servicePlans(bundle, service.id, plans, severity))}
          bundleId={bundle.id}
          version={bundle.version}
        />
      ) : (
        <p className="sheet-stamp">{error ?? 'sheet hash: loading…'}</p>
      )}
      <PrintControls sheet={sheet} what={`the ${service.name} checklist`} />
    </div>
  );
}

/** For the escalation screen: the checklist of a service at this severity, or the sheet of a vendor. */
export function EscalationSheetBar({ target, severity }: { target: string; severity: string }) {
  // The target is a service or a vendor: one of the two reads answers, the other says not-found.
  const info = useBundleInfo();
  const service = useService(target);
  const vendor = useVendor(target);
  const bundle = info?.ok ? info.value : null;
  if (!bundle) return null;
  if (service?.ok) return <ServiceSheetBar bundle={bundle} service={service.value} severity={severity} />;
  return vendor?.ok ? <VendorSheetBar bundle={bundle} vendor={vendor.value} /> : null;
}

export function IncidentSheetBar({ incident }: { incident: IncidentView }) {
  return (
    <div className="sheet-bar">
      <SheetStamp hash={incidentSheetHash(incident)} bundleId={incident.bundle.id} version={incident.bundle.version} />
      <PrintControls sheet={{ sheet: 'incident', id: incident.id }} what={`incident ${incident.id}`} />
    </div>
  );
}
