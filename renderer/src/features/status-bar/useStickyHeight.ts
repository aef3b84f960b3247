// Publishes the sticky status bar's height as --status-bar-height, so jumps to a vendor land below it
// however many flags (demo, stale, last error) the bar is showing.
import { useEffect, type RefObject } from 'react';

export function useStickyHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const publish = () => document.documentElement.style.setProperty('--status-bar-height', `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
