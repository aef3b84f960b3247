// Element ids for things a route can point at inside a page (a contact on a vendor or service page).
export function contactAnchorId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `contact-${slug || 'unnamed'}`;
}
