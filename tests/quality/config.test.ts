/** Deployment configuration in the repository is generated from one source and up to date. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFile, nginxConf } from '../../scripts/write-headers.mjs';
import { SECURITY_HEADERS } from '../../deploy/security-headers.mjs';

describe('security headers configuration', () => {
  it('public/_headers and deploy/nginx.conf match deploy/security-headers.mjs (run npm run headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConf());
  });

  it('has a CSP without unsafe-inline and with frame-ancestors', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });
});
