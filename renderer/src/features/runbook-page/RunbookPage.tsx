// #/runbooks/<id>: one runbook, its text as written.
import type { Bundle, Route } from '../../../../preload/contract.ts';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { WithBundle } from '../../components/WithBundle.tsx';

type RunbookRoute = Extract<Route, { screen: 'runbook' }>;

export function RunbookPage({ route }: { route: RunbookRoute }) {
  return <WithBundle>{(bundle) => <RunbookPageBody bundle={bundle} route={route} />}</WithBundle>;
}

function RunbookPageBody({ bundle, route }: { bundle: Bundle; route: RunbookRoute }) {
  const runbook = bundle.runbooks.find((candidate) => candidate.id === route.id);
  if (!runbook) return <NotInBundle kind="runbook" id={route.id} />;
  return (
    <article className="item-page runbook-page" aria-labelledby="page-title">
      <h2 id="page-title" tabIndex={-1}>
        {runbook.title}
      </h2>
      <pre className="runbook-text">{runbook.body}</pre>
    </article>
  );
}
