import { describe, expect, it } from 'vitest';
import { channelHours, windows } from '../data/catalogue';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { findWindows, type FinderContext } from './finder';
import { finderQueryFrom } from './finder-from-answers';
import { openNow } from './open-now';

const at = tokyo('2026-11-25T10:00');
const ctx: FinderContext = {
  at,
  status: (w) => openNow(channelHours(w), at, testHolidays),
  texts: (w) => [w.name],
};
const found = (q: ReturnType<typeof finderQueryFrom>) => findWindows(windows, q, ctx).map((r) => r.window.id);

describe('browse all windows: the answers as finder filters', () => {
  it('a deaf man who needs legal advice: legal and DV windows reachable in writing, none for women only', () => {
    const q = finderQueryFrom({ about: 'me', gender: 'man', needs: ['cant-hear-speak', 'legal'] });
    expect(q).toMatchObject({ who: ['man'], withoutSpeaking: true, language: null });
    expect(q.needs).toEqual(expect.arrayContaining(['legal', 'partner-violence']));
    const ids = found(q);
    expect(ids).toContain('dv-plus');
    expect(ids).not.toContain('houterasu-support'); // phone only
    for (const id of ids) expect(windows.find((w) => w.id === id)?.eligibility.gender).not.toBe('women');
    // Loosening "without speaking" brings the phone lines back.
    expect(found({ ...q, withoutSpeaking: false })).toContain('houterasu-support');
  });

  it('a teenager hurt by a boyfriend, reading Tagalog: dating violence, teen, Tagalog', () => {
    const q = finderQueryFrom({ about: 'me', age: '16-17', relationship: 'dating', language: 'tl' });
    expect(q).toMatchObject({ who: ['teen', 'foreign'], language: 'tl', withoutSpeaking: false });
    expect(q.needs).toEqual(expect.arrayContaining(['dating-violence', 'partner-violence', 'talk']));
    expect(found(q)).toContain('dv-plus');
  });

  it('asking for a child: child-abuse windows, and no gender filter from the asker', () => {
    const q = finderQueryFrom({ about: 'child', gender: 'woman', age: 'under-13' });
    expect(q.who).toEqual([]);
    expect(q.needs).toContain('child-abuse');
    expect(found(q)).toContain('child-189');
  });
});
