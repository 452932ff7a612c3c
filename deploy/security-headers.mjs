// The site's HTTP security headers, in one place. Used to generate public/_headers and the
// nginx server block (scripts/write-headers.mjs), and by the tests that check them.
//
// Content-Security-Policy: everything from the site's own origin only. No 'unsafe-inline'
// for scripts or styles: pages ship no inline script or style. 'wasm-unsafe-eval' lets the
// search page run Pagefind's WebAssembly (no JavaScript eval is allowed).
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
