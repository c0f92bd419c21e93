import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFile } from '../../plugins/headers-file';
import { CSP } from '../../plugins/headers';

describe('security headers', () => {
  it('public/_headers is generated from plugins/headers.ts (run: node --import ./scripts/register-ts.mjs plugins/headers-file.ts > public/_headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });
  it('the CSP is strict: self only, no inline, no eval, one opt-in image host', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("base-uri 'none'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect([...new Set(CSP.match(/https:\/\/[^\s;]+/g))]).toEqual(['https://cyberjapandata.gsi.go.jp']);
  });
  it('index.html carries the same CSP as a meta tag', () => {
    expect(readFileSync('index.html', 'utf8')).toContain('content="__CSP__"');
  });
});
