// #/services/<id>: one internal workload: who owns it, the vendors it needs, its people and runbooks,
// and an Escalate entry per internal severity.
import type { Bundle, Route } from '../../../../preload/contract.ts';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { WithBundle } from '../../components/WithBundle.tsx';
import { ServiceSheetBar } from '../print/SheetBar.tsx';
import { Contacts } from '../vendors/Contacts.tsx';

type ServiceRoute = Extract<Route, { screen: 'service' }>;

export function ServicePage({ route }: { route: ServiceRoute }) {
  return <WithBundle>{(bundle) => <ServicePageBody bundle={bundle} route={route} />}</WithBundle>;
}

function ServicePageBody({ bundle, route }: { bundle: Bundle; route: ServiceRoute }) {
  const service = bundle.services.find((candidate) => candidate.id === route.id);
  if (!service) return <NotInBundle kind="service" id={route.id} />;
  return (
    <article className="item-page service-page" aria-labelledby="page-title" data-service={service.id}>
      <header className="page-head">
        <h2 id="page-title" tabIndex={-1}>
          {service.name}
        </h2>
        <span className="muted">Owner: {service.owner}</span>
      </header>
      <ServiceSheetBar bundle={bundle} service={service} />
      <p>{service.description}</p>
      <nav aria-label={`Escalate ${service.name}`} className="escalate-links">
        {bundle.severities.map((severity) => (
          <RouteLink key={severity.id} to={{ screen: 'escalate', target: service.id, severity: severity.id }} className="escalate-link">
            Escalate {severity.name}
          </RouteLink>
        ))}
      </nav>
      <h3>Vendors it depends on</h3>
      <ul>
        {service.dependsOn.map((id) => (
          <li key={id}>
            <RouteLink to={{ screen: 'vendor', id }}>{bundle.vendors.find((vendor) => vendor.id === id)?.name ?? id}</RouteLink>
          </li>
        ))}
      </ul>
      <Contacts ownerName={service.name} contacts={service.contacts} maxAgeDays={bundle.contactsMaxAgeDays} focusName={route.contact} />
      <h3>Runbooks</h3>
      <ul>
        {service.runbooks.map((id) => (
          <li key={id}>
            <RouteLink to={{ screen: 'runbook', id }}>{bundle.runbooks.find((runbook) => runbook.id === id)?.title ?? id}</RouteLink>
          </li>
        ))}
      </ul>
    </article>
  );
}
