// Follows the window's hash to tell whether a print route is showing.
import { useEffect, useState } from 'react';
import { parsePrintRoute, type PrintRoute } from './print-route.ts';

export function usePrintRoute(): PrintRoute | null {
  const [route, setRoute] = useState(() => parsePrintRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parsePrintRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
