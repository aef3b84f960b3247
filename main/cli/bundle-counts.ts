// Counts printed by `lifeline verify`: what a reviewer checks at a glance after publishing.
import type { Bundle } from '../model/bundle.ts';

export function bundleCounts(bundle: Bundle) {
  const contacts = [...bundle.vendors.flatMap((v) => v.contacts), ...bundle.services.flatMap((s) => s.contacts)];
  const phoneChannels = bundle.vendors.flatMap((v) => v.channels.filter((c) => c.type === 'phone'));
  return {
    vendors: bundle.vendors.length,
    services: bundle.services.length,
    runbooks: bundle.runbooks.length,
    contacts: contacts.length,
    phoneNumbers: phoneChannels.length + contacts.filter((c) => c.phone !== undefined).length,
  };
}
