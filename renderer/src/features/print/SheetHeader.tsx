// The top of every sheet: which bundle it was printed from, signed by whom, when, and until when it is valid.
import type { LocalStatus } from '../../../../preload/contract.ts';
import { paperTime } from './print-format.ts';
import { QrCode } from './QrCode.tsx';
import type { SheetBundle } from './sheet-content.ts';
import { SheetStamp } from './SheetStamp.tsx';

interface Props {
  bundle: SheetBundle;
  status: LocalStatus | null;
  printedAt: number;
  title: string;
  /** "V2", "S1": the sheet's place in the binder's contents. */
  section?: string;
  hash: string;
  /** The bundle the stamp names, when not the one printed from (an incident names its plan's bundle). */
  stamp?: { id: string; version: number };
  qr: { text: string; caption: string; showText?: boolean };
}

export function SheetHeader({ bundle, status, printedAt, title, section, hash, stamp, qr }: Props) {
  const keyIds = status?.keyIds ?? [];
  return (
    <header className="sheet-header">
      <div className="sheet-heading">
        <p className="sheet-bundle">
          {bundle.title} · version {bundle.version}
          {status?.demo ? ' · DEMO DATA' : ''}
          {status?.stale ? ' · STALE: signatures expired, check for a newer copy' : ''}
        </p>
        <h1>
          {section ? <span className="sheet-section">{section} </span> : null}
          {title}
        </h1>
        <dl className="sheet-facts">
          <dt>Signing key</dt>
          <dd className="mono">{keyIds.length > 0 ? keyIds.map((id) => id.slice(0, 16)).join(', ') : 'unknown'}</dd>
          <dt>Printed</dt>
          <dd>{paperTime(printedAt)}</dd>
          <dt>Valid until</dt>
          <dd>{status?.expires ? paperTime(status.expires) : 'unknown'}</dd>
        </dl>
        <SheetStamp hash={hash} bundleId={stamp?.id ?? bundle.id} version={stamp?.version ?? bundle.version} />
      </div>
      <QrCode text={qr.text} caption={qr.caption} showText={qr.showText ?? true} className="sheet-qr" />
    </header>
  );
}
