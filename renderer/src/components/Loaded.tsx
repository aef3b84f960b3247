// The states every data-backed screen shares: a plain loading line (no spinner), a failed read with
// its code, nothing installed yet, an unknown id, or the value itself.
import type { ReactNode } from 'react';
import type { Result } from '../../../preload/contract.ts';
import { describeError } from '../data/results.ts';

interface Props<T> {
  answer: Result<T> | undefined;
  /** What the read was for, in words: "the support plans", "this vendor". */
  what: string;
  /** Shown instead of the error for `not-found` (e.g. "No vendor with id ..."). */
  notFound?: ReactNode;
  children: (value: T) => ReactNode;
}

export function Loaded<T>({ answer, what, notFound, children }: Props<T>) {
  if (answer === undefined) return <p className="loading">Loading…</p>;
  if (answer.ok) return <>{children(answer.value)}</>;
  if (answer.error.code === 'not-found' && notFound !== undefined) return <>{notFound}</>;
  return (
    <p className="flag flag-warn" role="alert">
      Could not load {what}: {describeError(answer.error)}
    </p>
  );
}

export function NothingInstalled() {
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No support plans installed</h2>
      <p>Nothing has been verified on this machine yet. Use Sync now, or import a bundle from a folder (File menu).</p>
    </section>
  );
}
