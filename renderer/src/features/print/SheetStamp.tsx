// "sheet a1b2c3 of bundle demo v3": printed on every sheet and shown on the matching screen, so a
// paper copy can be checked against the bundle the app holds now.
interface Props {
  hash: string;
  bundleId: string;
  version: number;
}

export function SheetStamp({ hash, bundleId, version }: Props) {
  return (
    <p className="sheet-stamp" data-testid="sheet-stamp" data-sheet-hash={hash}>
      sheet <span className="sheet-hash">{hash}</span> of bundle {bundleId} v{version}
    </p>
  );
}
