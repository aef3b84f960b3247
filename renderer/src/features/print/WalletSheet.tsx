// Credit-card-sized cards (85.6 x 54 mm), eight to an A4 or Letter page, with cut marks at every corner.
import type { LocalStatus, Vendor } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { deadlineText, paperTime } from './print-format.ts';
import { QrCode } from './QrCode.tsx';
import { walletSheetContent, type SheetBundle, type WalletCardContent } from './sheet-content.ts';
import { sheetHash } from './sheet-hash.ts';
import { SheetStamp } from './SheetStamp.tsx';

const CARDS_PER_PAGE = 8;

interface Props {
  bundle: SheetBundle;
  status: LocalStatus | null;
  vendors: Vendor[];
  printedAt: number;
}

function WalletCard({ card, bundle, demo }: { card: WalletCardContent; bundle: SheetBundle; demo: boolean }) {
  return (
    <div className="wallet-card" role="group" aria-label={`Wallet card: ${card.vendorName}`} data-wallet-card={card.vendorId}>
      <span className="cut cut-tl" aria-hidden="true" />
      <span className="cut cut-tr" aria-hidden="true" />
      <span className="cut cut-bl" aria-hidden="true" />
      <span className="cut cut-br" aria-hidden="true" />
      <p className="wallet-vendor">{card.vendorName}</p>
      {card.phone ? (
        <>
          <p className="wallet-phone">{card.phone.value}</p>
          <p className="wallet-line">
            {card.phone.label} · {formatHours(card.phone.hours)}
          </p>
        </>
      ) : (
        <p className="wallet-line">
          No phone line. {card.fallback ? `${card.fallback.type}: ${card.fallback.value}` : 'No channel recorded.'}
        </p>
      )}
      {card.openAs && (
        <p className="wallet-open">
          Open as “{card.openAs.name}”: first response {deadlineText(card.openAs.minutes)}
          {card.openAs.businessHours ? ' (business hours)' : ''}
        </p>
      )}
      <p className="wallet-account">
        {card.accounts.length === 1 ? 'Account' : 'Accounts'}: <span className="mono">{card.accounts.join(', ') || 'none'}</span>
      </p>
      <p className="wallet-version">
        bundle {bundle.id} v{bundle.version}
        {demo ? ' · DEMO DATA' : ''}
      </p>
    </div>
  );
}

export function WalletSheet({ bundle, status, vendors, printedAt }: Props) {
  const content = walletSheetContent(bundle, vendors);
  const hash = sheetHash(content);
  const pages: WalletCardContent[][] = [];
  for (let i = 0; i < content.cards.length; i += CARDS_PER_PAGE) pages.push(content.cards.slice(i, i + CARDS_PER_PAGE));
  if (pages.length === 0) pages.push([]);
  return (
    <article className="sheet wallet-sheet" data-sheet="wallet">
      {pages.map((cards, index) => (
        <section className="wallet-page" key={index}>
          <header className="wallet-header">
            <div>
              <p className="sheet-bundle">
                {bundle.title} · version {bundle.version}
                {status?.demo ? ' · DEMO DATA' : ''} · printed {paperTime(printedAt)}
              </p>
              <p>
                Wallet cards: cut along the corner marks. Page {index + 1} of {pages.length}.
              </p>
              <SheetStamp hash={hash} bundleId={bundle.id} version={bundle.version} />
            </div>
            <QrCode text="lifeline://vendors" caption="Open in Lifeline" className="wallet-qr" />
          </header>
          {cards.length === 0 ? <p>No vendors in this bundle.</p> : null}
          <div className="wallet-grid">
            {cards.map((card) => (
              <WalletCard key={card.vendorId} card={card} bundle={bundle} demo={status?.demo ?? false} />
            ))}
          </div>
        </section>
      ))}
    </article>
  );
}
