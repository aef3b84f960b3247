// Control characters the URL parser silently drops or that split lines: how `java\tscript:` hides.
const SEPARATORS = new Set([0x85, 0x2028, 0x2029]);

export function hasHiddenCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || SEPARATORS.has(code)) return true;
  }
  return false;
}
