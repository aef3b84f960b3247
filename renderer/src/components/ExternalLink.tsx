// Links leave the app only through main's openExternal (https, mailto, tel); the window never navigates.
// A refusal from main is shown to the engineer, never swallowed.
import type { ReactNode } from 'react';
import { lifeline } from '../data/bridge.ts';
import { describeError, settle } from '../data/results.ts';
import { reportProblem } from '../data/problems.ts';
import { isExternalHref } from '../domain/links.ts';

export function openExternally(href: string): void {
  if (!isExternalHref(href)) return;
  void settle(() => lifeline().openExternal(href)).then((result) => {
    if (!result.ok) reportProblem(`Could not open ${href}: ${describeError(result.error)}`);
  });
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
