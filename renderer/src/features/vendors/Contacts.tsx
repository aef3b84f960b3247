// Named people at the vendor or service (TAM, account manager, incident commander): whom to ask for
// when the queue is not enough. A contact not verified within the bundle's limit says "stale" in words.
import { useState } from 'react';
import type { Contact } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { contactAnchorId } from '../../domain/anchors.ts';
import { contactFreshness } from '../../domain/freshness.ts';

interface Props {
  ownerName: string;
  contacts: Contact[];
  maxAgeDays: number;
  /** The contact a route pointed at: marked and given an id to scroll to. */
  focusName?: string | undefined;
  /** Main's clock when the caller knows it; this page's clock otherwise. */
  now?: number;
  /** False where a section heading already says "People". */
  showLabel?: boolean;
}

export function Contacts({ ownerName, contacts, maxAgeDays, focusName, now: given, showLabel = true }: Props) {
  const [pageNow] = useState(() => Date.now()); // age is judged once per render of the list, not per tick
  const now = given ?? pageNow;
  if (contacts.length === 0) return null;
  return (
    <div className="contacts">
      {showLabel && <span className="field-label">People</span>}
      <ul aria-label={`${ownerName} contacts`}>
        {contacts.map((contact) => {
          const freshness = contactFreshness(contact.verified, maxAgeDays, now);
          return (
            <li
              key={contact.name}
              id={contactAnchorId(contact.name)}
              className={contact.name === focusName ? 'contact targeted' : 'contact'}
              tabIndex={contact.name === focusName ? -1 : undefined}
            >
              <span className="contact-name">{contact.name}</span> <span className="muted">{contact.role}</span>
              {contact.phone && (
                <span className="contact-phone">
                  <PhoneLink
                    display={contact.phone.display}
                    dial={contact.phone.e164}
                    extension={contact.phone.extension}
                    label={`Call ${contact.name} ${contact.phone.display}`}
                  />
                </span>
              )}
              {contact.email && <ExternalLink href={`mailto:${contact.email}`}>{contact.email}</ExternalLink>}
              <span className={freshness.stale ? 'contact-outdated' : 'muted'} data-testid={freshness.stale ? 'stale-contact' : undefined}>
                {freshness.text}
                {contact.verified ? ` (${contact.verified})` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
