// A phone number as the engineer reads it, dialled in its E.164 form through main, with a copy button.
import { CopyButton } from './CopyButton.tsx';
import { ExternalLink } from './ExternalLink.tsx';

interface Props {
  /** The written form, shown and copied. */
  display: string;
  /** The E.164 form for tel:. */
  dial: string;
  /** The accessible name, e.g. "Call Azion Support +55 51 3083 8111". */
  label: string;
  className?: string;
}

export function PhoneLink({ display, dial, label, className }: Props) {
  return (
    <>
      <ExternalLink href={`tel:${dial}`} className={className} label={label}>
        {display}
      </ExternalLink>
      <CopyButton text={display} what={`phone number ${display}`} />
    </>
  );
}
