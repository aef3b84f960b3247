// A phone number as the engineer reads it, dialled in its E.164 form (with its extension) through main,
// with a copy button. Shown in its own bidi isolate and without invisible characters.
import { telHref, visiblePhone } from '../domain/phone-text.ts';
import { CopyButton } from './CopyButton.tsx';
import { ExternalLink } from './ExternalLink.tsx';

interface Props {
  /** The written form, shown and copied. */
  display: string;
  /** The E.164 form for tel:. */
  dial: string;
  /** Digits dialled once connected (`ext. 99`, `,,123#`). */
  extension?: string | undefined;
  /** The accessible name, e.g. "Call Azion Support +55 51 3083 8111". */
  label: string;
  className?: string;
}

export function PhoneLink({ display, dial, extension, label, className }: Props) {
  const shown = visiblePhone(display);
  return (
    <>
      <ExternalLink href={telHref(dial, extension)} className={className} label={visiblePhone(label)}>
        <bdi>{shown}</bdi>
      </ExternalLink>
      <CopyButton text={shown} what={`phone number ${shown}`} />
    </>
  );
}
