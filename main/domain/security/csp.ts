// The renderer's Content-Security-Policy, sent as a header by the app:// protocol: nothing remote at all.
// Electron security checklist #7, "Define a Content Security Policy":
// https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
