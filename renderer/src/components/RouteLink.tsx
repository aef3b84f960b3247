// An in-app link: a plain anchor to the route's hash path, so it opens with Enter, middle-click is
// harmless and the address bar shows where it goes.
import type { ReactNode } from 'react';
import type { Route } from '../../../preload/contract.ts';
import { hashOf } from '../domain/routes.ts';

interface Props {
  to: Route;
  className?: string;
  label?: string;
  children: ReactNode;
}

export function RouteLink({ to, className, label, children }: Props) {
  return (
    <a href={hashOf(to)} className={className} aria-label={label}>
      {children}
    </a>
  );
}
