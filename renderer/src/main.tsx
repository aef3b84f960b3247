// Renderer entry: mounts the app, and makes sure no link click ever navigates the window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hasLifeline } from './api.ts';
import { App } from './App.tsx';
import { openExternally } from './common/ExternalLink.tsx';
import './styles/base.css';
import './styles/status.css';
import './styles/vendors.css';
import './styles/print.css';
import './features/print/sheets.css';

// Last line of defence for links not rendered by ExternalLink (e.g. Markdown): open outside, never navigate.
function guardLinks(event: MouseEvent): void {
  if (event.defaultPrevented) return;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement)) return;
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return;
  event.preventDefault();
  openExternally(anchor.href);
}
document.addEventListener('click', guardLinks); // bubble phase: after React's handlers
document.addEventListener('auxclick', guardLinks);

const root = document.getElementById('root');
if (root && hasLifeline()) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else if (root) {
  root.textContent = 'Lifeline could not reach its main process (window.lifeline is missing).';
}
