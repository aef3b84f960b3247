// "What changed" after a sync installed a newer bundle: every vendor, service, contact and phone
// number added, removed or changed, old and new numbers side by side; shown until dismissed.
import type { LocalStatus } from '../../../../preload/contract.ts';
import { changeLines, KIND_ORDER, updateKeyOf, type ChangeKind, type ChangeLine } from '../../domain/changes.ts';
import { dismissChanges, useDismissed } from './changes-dismissal.ts';

/** An update that touches thousands of entries lists this many of each kind, then counts the rest. */
const LISTED_PER_KIND = 50;

const kindTitles: Record<ChangeKind, string> = { phone: 'Phone numbers', vendor: 'Vendors', service: 'Services', contact: 'Contacts' };

function Line({ line }: { line: ChangeLine }) {
  return (
    <li className={`change change-${line.change}`}>
      <span className="change-word">{line.change}</span> <span className="change-label">{line.label}</span>
      {line.from !== undefined && line.to !== undefined ? (
        <span className="change-values">
          {' '}
          <del className="change-old">{line.from}</del> -&gt; <ins className="change-new">{line.to}</ins>
        </span>
      ) : line.to !== undefined ? (
        <span className="change-values"> {line.to}</span>
      ) : line.from !== undefined ? (
        <span className="change-values"> (was {line.from})</span>
      ) : null}
    </li>
  );
}

export function WhatChanged({ status }: { status: LocalStatus | null }) {
  const changes = status?.changes ?? null;
  const updateKey = updateKeyOf(status?.bundleId ?? null, changes);
  const dismissed = useDismissed(updateKey);
  if (!changes || updateKey === null || dismissed) return null;
  const lines = changeLines(changes);
  if (lines.length === 0) return null;
  return (
    <aside className="what-changed" id="what-changed" aria-labelledby="what-changed-heading" data-testid="what-changed" tabIndex={-1}>
      <div className="what-changed-head">
        <h2 id="what-changed-heading">
          What changed: version {changes.fromVersion} → {changes.toVersion}
        </h2>
        <button type="button" onClick={() => dismissChanges(updateKey)}>
          Dismiss what changed
        </button>
      </div>
      {KIND_ORDER.map((kind) => {
        const ofKind = lines.filter((line) => line.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="change-group">
            <h3>{kindTitles[kind]}</h3>
            <ul aria-label={`${kindTitles[kind]} changed`}>
              {ofKind.slice(0, LISTED_PER_KIND).map((line) => (
                <Line key={`${line.change}-${line.id}`} line={line} />
              ))}
            </ul>
            {ofKind.length > LISTED_PER_KIND && (
              <p className="muted">
                and {ofKind.length - LISTED_PER_KIND} more {kindTitles[kind].toLowerCase()}
              </p>
            )}
          </div>
        );
      })}
    </aside>
  );
}
