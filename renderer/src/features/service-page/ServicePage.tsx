// #/services/<id>: one internal workload: who owns it, the vendors it needs (with the number to dial
// first), its people and runbooks, and one Escalate entry per internal severity.
import type { BundleInfo, Route, Service } from '../../../../preload/contract.ts';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { WithBundleInfo } from '../../components/WithBundle.tsx';
import { useRunbook, useService } from '../../data/items.ts';
import { useMainNow } from '../../data/main-clock.ts';
import { ServiceSheetBar } from '../print/SheetBar.tsx';
import { Contacts } from '../vendors/Contacts.tsx';
import { DependencyCards } from './DependencyCards.tsx';

type ServiceRoute = Extract<Route, { screen: 'service' }>;

/** The service, its vendors and runbooks read one by one: the page never loads the whole bundle. */
export function ServicePage({ route }: { route: ServiceRoute }) {
  const service = useService(route.id);
  return (
    <WithBundleInfo>
      {(bundle) => (
        <Loaded answer={service} what="this service" notFound={<NotInBundle kind="service" id={route.id} />}>
          {(found) => <ServicePageBody bundle={bundle} service={found} contact={route.contact} />}
        </Loaded>
      )}
    </WithBundleInfo>
  );
}

function RunbookLink({ id }: { id: string }) {
  const runbook = useRunbook(id);
  const title = runbook === undefined ? id : runbook.ok ? runbook.value.title : `${id} (not in this bundle)`;
  return <RouteLink to={{ screen: 'runbook', id }}>{title}</RouteLink>;
}

function ServicePageBody({ bundle, service, contact }: { bundle: BundleInfo; service: Service; contact: string | undefined }) {
  const now = useMainNow(60_000) ?? undefined; // until main's clock is known, contact ages use the page's
  return (
    <article className="item-page service-page" aria-labelledby="page-title" data-service={service.id}>
      <header className="page-head">
        <h2 id="page-title" tabIndex={-1}>
          {service.name}
        </h2>
        <span className="service-owner">Owner: {service.owner}</span>
      </header>
      <ServiceSheetBar bundle={bundle} service={service} />
      <p className="service-description">{service.description}</p>
      <nav aria-label={`Escalate ${service.name}`} className="escalate-links">
        {bundle.severities.map((severity) => (
          <RouteLink key={severity.id} to={{ screen: 'escalate', target: service.id, severity: severity.id }} className="escalate-link">
            Escalate {severity.name}
          </RouteLink>
        ))}
      </nav>
      <section className="page-section" aria-labelledby="depends-heading">
        <h3 id="depends-heading">Vendors it depends on</h3>
        {service.dependsOn.length === 0 ? (
          <p>No vendor dependency is listed.</p>
        ) : (
          <DependencyCards severities={bundle.severities} vendorIds={service.dependsOn} />
        )}
      </section>
      <section className="page-section" aria-labelledby="people-heading">
        <h3 id="people-heading">Internal contacts</h3>
        {service.contacts.length === 0 && <p>No internal contact is listed.</p>}
        <Contacts
          ownerName={service.name}
          contacts={service.contacts}
          maxAgeDays={bundle.contactsMaxAgeDays}
          focusName={contact}
          now={now}
          showLabel={false}
        />
      </section>
      <section className="page-section" aria-labelledby="runbooks-heading">
        <h3 id="runbooks-heading">Runbooks</h3>
        {service.runbooks.length === 0 && <p>No runbook is listed.</p>}
        <ul className="runbook-links">
          {service.runbooks.map((id) => (
            <li key={id}>
              <RunbookLink id={id} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
