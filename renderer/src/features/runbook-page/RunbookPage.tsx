// #/runbooks/<id>: one runbook, its Markdown rendered inert (see components/Markdown.tsx), with the
// services and vendors it is about linked.
import type { Route, Runbook } from '../../../../preload/contract.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { useRunbook } from '../../data/items.ts';

type RunbookRoute = Extract<Route, { screen: 'runbook' }>;

export function RunbookPage({ route }: { route: RunbookRoute }) {
  return (
    <Loaded answer={useRunbook(route.id)} what="this runbook" notFound={<NotInBundle kind="runbook" id={route.id} />}>
      {(runbook) => <RunbookBody runbook={runbook} />}
    </Loaded>
  );
}

function RunbookBody({ runbook }: { runbook: Runbook }) {
  return (
    <article className="item-page runbook-page" aria-labelledby="page-title">
      <header className="page-head">
        <h2 id="page-title" tabIndex={-1}>
          {runbook.title}
        </h2>
        {runbook.tags.length > 0 && <span className="muted">Tags: {runbook.tags.join(', ')}</span>}
      </header>
      {(runbook.services.length > 0 || runbook.vendors.length > 0) && (
        <p className="runbook-about">
          About:{' '}
          {runbook.services.map((id) => (
            <RouteLink key={`s-${id}`} to={{ screen: 'service', id }} className="about-link">
              {id}
            </RouteLink>
          ))}
          {runbook.vendors.map((id) => (
            <RouteLink key={`v-${id}`} to={{ screen: 'vendor', id }} className="about-link">
              {id}
            </RouteLink>
          ))}
        </p>
      )}
      <Markdown text={runbook.body} className="runbook-body" testId="runbook-body" />
    </article>
  );
}
