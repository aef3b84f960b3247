// "12 minutes ago" that keeps itself current, with the absolute local time next to it.
import { useEffect, useState } from 'react';
import { absoluteTime, relativeTime } from '../../domain/time.ts';

export function VerifiedAt({ iso }: { iso: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} data-testid="verified-at">
      {relativeTime(iso, now)} <span className="muted">({absoluteTime(iso)})</span>
    </time>
  );
}
