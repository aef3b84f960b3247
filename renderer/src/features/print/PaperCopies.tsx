// The whole bundle on paper: the incident binder and the wallet cards, from the home screen.
import { PrintControls } from './PrintControls.tsx';

export function PaperCopies() {
  return (
    <section className="paper-copies" aria-labelledby="paper-copies-heading">
      <h2 id="paper-copies-heading">Paper copies</h2>
      <p>For when laptops, the VPN or the wiki are down: the binder holds every vendor sheet and service checklist.</p>
      <h3>Incident binder</h3>
      <PrintControls sheet={{ sheet: 'all' }} what="the binder" />
      <h3>Wallet cards</h3>
      <PrintControls sheet={{ sheet: 'wallet' }} what="the wallet cards" />
    </section>
  );
}
