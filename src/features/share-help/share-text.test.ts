import { describe, expect, it } from 'vitest';
import { copyText, sharePayload } from './share-text';

describe('share help payload', () => {
  it('keeps only the origin: no path, query or fragment', () => {
    const p = sharePayload('hello', 'https://example.org/deep/path?lang=en&x=1#top');
    expect(p.url).toBe('https://example.org');
    const u = new URL(p.url);
    expect([u.pathname, u.search, u.hash]).toEqual(['/', '', '']);
    expect(copyText(p)).toBe('hello\nhttps://example.org');
  });
});
