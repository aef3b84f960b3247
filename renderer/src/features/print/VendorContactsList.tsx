// Named people with their numbers and when they were last verified; stale ones say so in words.
import type { Contact } from '../../../../preload/contract.ts';
import { staleContactText } from './print-format.ts';

interface Props {
  contacts: Contact[];
  maxAgeDays: number;
  now: number;
  heading?: string;
}

export function VendorContactsList({ contacts, maxAgeDays, now, heading = 'Contacts' }: Props) {
  return (
    <section className="sheet-block">
      <h2>{heading}</h2>
      {contacts.length === 0 ? (
        <p>No named contacts.</p>
      ) : (
        <ul className="sheet-contacts">
          {contacts.map((contact) => {
            const stale = staleContactText(contact, maxAgeDays, now);
            return (
              <li key={contact.name}>
                <strong>{contact.name}</strong>, {contact.role}
                {contact.phone && <span className="sheet-contact-phone">{contact.phone.display}</span>}
                {contact.email && <span className="sheet-url">{contact.email}</span>}
                <span className={stale ? 'sheet-stale' : 'sheet-note'}>{stale ?? `verified ${contact.verified ?? ''}`}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
