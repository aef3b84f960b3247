// Contacts as main flagged them in the plan (on main's clock): stale or never verified is said in words.
import type { PlanContact } from '../../../../preload/contract.ts';

export function contactFreshness(contact: PlanContact, maxAgeDays?: number): string {
  if (!contact.stale) return `verified ${contact.verified ?? ''}`;
  if (contact.verifiedDaysAgo === null) return 'NOT VERIFIED: check before relying on it';
  const limit = maxAgeDays ? ` (limit ${maxAgeDays})` : '';
  return `STALE: verified ${contact.verified ?? ''}, ${contact.verifiedDaysAgo} days ago${limit}; check before relying on it`;
}

export function PlanContactsList({ contacts, heading, maxAgeDays }: { contacts: PlanContact[]; heading: string; maxAgeDays?: number }) {
  return (
    <section className="sheet-block">
      <h2>{heading}</h2>
      {contacts.length === 0 ? (
        <p>No named contacts.</p>
      ) : (
        <ul className="sheet-contacts">
          {contacts.map((contact) => (
            <li key={contact.name}>
              <strong>{contact.name}</strong>, {contact.role}
              {contact.phone && <span className="sheet-contact-phone">{contact.phone.display}</span>}
              {contact.email && <span className="sheet-url">{contact.email}</span>}
              <span className={contact.stale ? 'sheet-stale' : 'sheet-note'}>{contactFreshness(contact, maxAgeDays)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
