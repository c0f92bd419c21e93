import { describe, expect, it } from 'vitest';
import { getSource } from './catalogue';
import { WAYS_WITHOUT_SPEAKING } from './no-speaking';

describe('ways without speaking', () => {
  it('each cites known sources and carries its quoted passage', () => {
    for (const way of WAYS_WITHOUT_SPEAKING) {
      expect(way.sources.length).toBeGreaterThan(0);
      for (const id of way.sources) expect(getSource(id), id).toBeDefined();
      expect(way.quote.length).toBeGreaterThan(0);
    }
  });
});
