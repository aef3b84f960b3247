// Named people at the vendor (TAM, account manager): whom to ask for when the queue is not enough.
// A contact not verified within the bundle's limit is flagged: the number may be out of date.
import { useState } from 'react';
import type { Contact } from '../../../preload/contract.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { ExternalLink } from '../common/ExternalLink.tsx';

interface Props {
  vendorName: string;
  contacts: Contact[];
  maxAgeDays: number;
}

const DAY_MS = 86_400_000;

function isOutdated(verified: string | null, maxAgeDays: number, now: number): boolean {
  if (verified === null) return true;
  const at = Date.parse(`${verified}T00:00:00Z`);
  return Number.isNaN(at) || now - at > maxAgeDays * DAY_MS;
}

export function Contacts({ vendorName, contacts, maxAgeDays }: Props) {
  const [now] = useState(() => Date.now()); // age is judged once per render of the list, not per tick
  if (contacts.length === 0) return null;
  return (
    <div className="contacts">
      <span className="field-label">People</span>
      <ul aria-label={`${vendorName} contacts`}>
        {contacts.map((contact) => (
          <li key={contact.name}>
            <span className="contact-name">{contact.name}</span> <span className="muted">{contact.role}</span>
            {contact.phone && (
              <span className="contact-phone">
                <ExternalLink href={`tel:${contact.phone.e164}`} label={`Call ${contact.name} ${contact.phone.display}`}>
                  {contact.phone.display}
                </ExternalLink>
                <CopyButton text={contact.phone.display} what={`phone number ${contact.phone.display}`} />
              </span>
            )}
            {contact.email && <ExternalLink href={`mailto:${contact.email}`}>{contact.email}</ExternalLink>}
            {isOutdated(contact.verified, maxAgeDays, now) ? (
              <span className="contact-outdated">{contact.verified ? `verified ${contact.verified}: check it` : 'never verified'}</span>
            ) : (
              <span className="muted">verified {contact.verified}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
