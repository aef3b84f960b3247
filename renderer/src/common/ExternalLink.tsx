// Links leave the app only through main's openExternal (https, mailto, tel); the window never navigates.
import type { ReactNode } from 'react';
import { lifeline } from '../api.ts';

const allowed = /^(https:|mailto:|tel:)/i;

export function openExternally(href: string): void {
  if (!allowed.test(href)) return;
  lifeline()
    .openExternal(href)
    .catch(() => undefined);
}

interface Props {
  href: string;
  className?: string;
  label?: string;
  children: ReactNode;
}

export function ExternalLink({ href, className, label, children }: Props) {
  return (
    <a
      href={href}
      className={className}
      aria-label={label}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        openExternally(href);
      }}
    >
      {children}
    </a>
  );
}
