// On arriving at a screen (not on first load: Tab must still start at the skip link), move focus to
// its title, or to the contact the route names, once it is rendered; screen readers announce it and
// the keyboard continues from there. The sticky status bar is allowed for by scroll-margin in CSS.
import { useEffect } from 'react';
import type { Visit } from '../data/navigation.ts';
import { contactAnchorId } from '../domain/anchors.ts';

const WAIT_MS = 5000;
const STEP_MS = 40;

export function useArrivalFocus({ route, visit }: Visit, focusSelector: string | undefined): void {
  useEffect(() => {
    if (visit <= 1 || route === null) return undefined;
    const contact = 'contact' in route ? route.contact : undefined;
    const selector = contact !== undefined ? `#${CSS.escape(contactAnchorId(contact))}` : (focusSelector ?? 'h1, h2');
    if (contact === undefined) window.scrollTo({ top: 0 });
    const deadline = Date.now() + WAIT_MS; // the screen's data may still be loading
    let timer = 0;
    const attempt = () => {
      const target = document.getElementById('content')?.querySelector<HTMLElement>(selector);
      if (target) {
        if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: contact === undefined });
        if (contact !== undefined) target.scrollIntoView({ block: 'start' });
      } else if (Date.now() < deadline) {
        timer = window.setTimeout(attempt, STEP_MS);
      }
    };
    attempt();
    return () => window.clearTimeout(timer);
  }, [route, visit, focusSelector]);
}
