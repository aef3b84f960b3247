// Renderer entry: mounts the app, and makes sure no link click ever navigates the window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { openExternally } from './components/ExternalLink.tsx';
import { hasLifeline } from './data/bridge.ts';
import { LifelineStatusProvider } from './data/LifelineStatus.tsx';
import { navigate } from './data/navigation.ts';
import { routeOfDeepLink } from './domain/routes.ts';
import './styles/base.css';
import './features/status-bar/status-bar.css';
import './features/vendors/vendors.css';
import './styles/pages.css';
import './features/escalate/escalate.css';
import './styles/print.css';
import './features/print/sheets.css';
import './features/print/sheets.css';

// Last line of defence for links not rendered by ExternalLink (e.g. Markdown): in-app links open their
// screen, https/mailto/tel open outside through main, anything else does nothing; the window never navigates.
function guardLinks(event: MouseEvent): void {
  if (event.defaultPrevented) return;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement)) return;
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return;
  event.preventDefault();
  const route = routeOfDeepLink(href);
  if (route) navigate(route);
  else openExternally(anchor.href);
}
document.addEventListener('click', guardLinks); // bubble phase: after React's handlers
document.addEventListener('auxclick', guardLinks);

const root = document.getElementById('root');
if (root && hasLifeline()) {
  createRoot(root).render(
    <StrictMode>
      <LifelineStatusProvider>
        <App />
      </LifelineStatusProvider>
    </StrictMode>,
  );
} else if (root) {
  root.textContent = 'Lifeline could not reach its main process (window.lifeline is missing).';
}
