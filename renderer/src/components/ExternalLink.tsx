// Links leave the app only through main's openExternal (https, mailto, tel); the window never navigates.
// A refusal from main is shown to the engineer, never swallowed.
import type { ReactNode } from 'react';
import { lifeline } from '../data/bridge.ts';
import { describeError, settle } from '../data/results.ts';
import { reportProblem } from '../data/problems.ts';
import { asciiHref, isExternalHref, punycodeHost } from '../domain/links.ts';

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

/** An internationalised host (a possible look-alike such as аpple.com) is always shown in punycode. */
export function ExternalLink({ href, className, label, children }: Props) {
  const ascii = asciiHref(href);
  const idnHost = punycodeHost(href);
  const shown = children === href ? ascii : children;
  return (
    <a
      href={ascii}
      className={className}
      aria-label={label}
      title={idnHost ? ascii : undefined}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        openExternally(ascii);
      }}
    >
      {shown}
      {idnHost && shown !== ascii ? <span className="idn-host"> ({idnHost})</span> : null}
    </a>
  );
}
