// `/`, Ctrl/Cmd+K and Edit → Find: focus the first find box the current screen has, or go home and focus it there.
import { navigate } from '../data/navigation.ts';

/** Ids of find boxes, most wanted first. */
const FIND_TARGETS = ['search-box', 'vendor-filter'];
const WAIT_MS = 5000;

function focusTarget(): boolean {
  for (const id of FIND_TARGETS) {
    const element = document.getElementById(id);
    if (element instanceof HTMLInputElement) {
      element.focus();
      element.select();
      return true;
    }
  }
  return false;
}

export function focusFind(): void {
  if (focusTarget()) return;
  navigate({ screen: 'home' });
  const deadline = Date.now() + WAIT_MS; // the home screen may still be loading its bundle
  const retry = () => {
    if (!focusTarget() && Date.now() < deadline) window.setTimeout(retry, 50);
  };
  window.setTimeout(retry, 0);
}
