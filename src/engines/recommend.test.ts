import { describe, expect, it } from 'vitest';
import { channelHours, windows } from '../data/catalogue';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { recommend, type Answers, type Recommendation } from './recommend';

const ctx = { holidays: testHolidays, dated: channelHours };
const TUESDAY_10 = tokyo('2026-11-24T10:00');
const run = (a: Answers, at = TUESDAY_10) => recommend(a, windows, at, ctx);
const top = (r: Recommendation, n: number) => r.ranked.slice(0, n).map((x) => x.window.id);
const listed = (r: Recommendation) => [...r.urgent, ...r.ranked].map((x) => x.window.id);
const reasonsOf = (r: Recommendation, id: string) => r.ranked.find((x) => x.window.id === id)?.reasons ?? [];
const idsWhere = (pred: (w: (typeof windows)[number]) => boolean) => windows.filter(pred).map((w) => w.id);

const WOMEN_ONLY = idsWhere((w) => w.eligibility.gender === 'women');
const MEN_ONLY = idsWhere((w) => w.eligibility.gender === 'men');
const FOR_PARENTS = idsWhere((w) => w.eligibility.children === 'required');
const callersWithout = (c: 'self' | 'others') =>
  idsWhere((w) => w.eligibility.callers !== undefined && !w.eligibility.callers.includes(c));

function expectAbsent(r: Recommendation, ids: string[]) {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(listed(r)).not.toContain(id);
}

describe('recommend: personas', () => {
  it('a 16-year-old in a dating relationship: dating-violence line first, youth lines next', () => {
    const r = run(
      {
        danger: 'no',
        about: 'me',
        age: '13-17',
        gender: 'woman',
        relationship: 'dating',
        language: 'ja',
        needs: ['talk'],
      },
      tokyo('2026-11-24T16:00'),
    );
    expect(top(r, 1)).toEqual(['date-dv-110']);
    expect(reasonsOf(r, 'date-dv-110')).toEqual(
      expect.arrayContaining([{ code: 'dating-violence' }, { code: 'for-youth' }]),
    );
    expect(top(r, 6)).toEqual(expect.arrayContaining(['kodomo-smile-net', 'yoiko-denwa']));
    expectAbsent(r, ['city-men-line', 'withyou-men', 'city-men-legal', ...MEN_ONLY]);
  });

  it('a man in his 40s: lines that take men, the men-only lines with their route, nothing for women only', () => {
    const r = run({
      danger: 'no',
      about: 'me',
      age: '25-64',
      gender: 'man',
      language: 'ja',
      children: 'no',
      needs: ['talk'],
    });
    expect(top(r, 3)).toEqual(['dv-plus', 'yorisoi', 'city-men-line']);
    expect(top(r, 5)).toContain('withyou-men');
    expect(reasonsOf(r, 'city-men-line')).toEqual(
      expect.arrayContaining([{ code: 'for-men' }, { code: 'reach-via', via: 'dv-navi-8008' }]),
    );
    expectAbsent(r, ['city-women-line', 'mother-child-emergency-protection', ...WOMEN_ONLY]);
    expectAbsent(r, ['single-parent-employment-centre', 'nursery-priority', ...FOR_PARENTS]);
    expectAbsent(r, callersWithout('self'));
  });

  it('a Filipino resident who reads Tagalog: Tagalog by chat daily, by phone, and on Monday mornings in Ōmiya', () => {
    const r = run({
      danger: 'no',
      about: 'me',
      age: '25-64',
      gender: 'woman',
      language: 'tl',
      needs: ['talk'],
    });
    expect(top(r, 4)).toEqual(['dv-plus', 'yorisoi', 'pref-foreign-centre', 'omiya-foreign-consultation']);
    expect(reasonsOf(r, 'omiya-foreign-consultation')).toContainEqual({
      code: 'language-day',
      lang: 'tl',
      via: ['visit'],
      days: ['mon'],
      weeks: undefined,
      open: '09:00',
      close: '12:00',
    });
    expect(reasonsOf(r, 'dv-plus')).toContainEqual(
      expect.objectContaining({
        code: 'language-day',
        lang: 'tl',
        via: ['chat'],
        open: '12:00',
        close: '22:00',
      }),
    );
    expect(reasonsOf(r, 'yorisoi')).toContainEqual({ code: 'language', lang: 'tl', via: ['tel'] });
    expectAbsent(r, MEN_ONLY);
  });

  it('a Brazilian resident who reads Portuguese (a man): Portuguese on Wednesdays in Ōmiya', () => {
    const r = run({ danger: 'no', about: 'me', age: '25-64', gender: 'man', language: 'pt' });
    expect(top(r, 4)).toEqual(['dv-plus', 'yorisoi', 'pref-foreign-centre', 'omiya-foreign-consultation']);
    expect(reasonsOf(r, 'omiya-foreign-consultation')).toContainEqual(
      expect.objectContaining({ lang: 'pt', days: ['wed'] }),
    );
    expectAbsent(r, WOMEN_ONLY);
  });

  it('a Chinese-speaking resident: Chinese on Thursdays in Ōmiya, every day by chat', () => {
    const r = run({
      danger: 'no',
      about: 'me',
      age: '25-64',
      gender: 'woman',
      language: 'zh',
      children: 'no',
    });
    expect(top(r, 4)).toEqual(['dv-plus', 'yorisoi', 'pref-foreign-centre', 'omiya-foreign-consultation']);
    expect(reasonsOf(r, 'omiya-foreign-consultation')).toContainEqual(
      expect.objectContaining({ lang: 'zh', days: ['thu'] }),
    );
    expectAbsent(r, [...MEN_ONLY, ...FOR_PARENTS]);
  });

  it('a Vietnamese-speaking resident (gender not given): no Ōmiya day for Vietnamese; notes shown, nobody excluded by gender', () => {
    const r = run({ danger: 'no', about: 'me', gender: 'skip', language: 'vi', children: 'no' });
    expect(top(r, 3)).toEqual(['dv-plus', 'yorisoi', 'pref-foreign-centre']);
    expect(reasonsOf(r, 'omiya-foreign-consultation').some((x) => 'lang' in x)).toBe(false);
    for (const id of [...WOMEN_ONLY, ...MEN_ONLY].filter((x) => !FOR_PARENTS.includes(x)))
      expect(reasonsOf(r, id)).toContainEqual({ code: 'eligibility-note' });
    expectAbsent(r, FOR_PARENTS);
  });

  it('a mother of a 7-year-old who needs somewhere to stay tonight: the 24 h line that can arrange one, then who arranges stays', () => {
    const r = run(
      {
        danger: 'no',
        about: 'me',
        age: '25-64',
        gender: 'woman',
        language: 'ja',
        children: 'yes',
        needs: ['shelter'],
      },
      tokyo('2026-11-25T23:30'),
    );
    expect(top(r, 2)).toEqual(['dv-plus', 'mother-child-emergency-protection']);
    expect(top(r, 8)).toEqual(
      expect.arrayContaining(['temporary-protection', 'city-dv-centre', 'private-shelter-support']),
    );
    expect(reasonsOf(r, 'dv-plus')).toEqual(
      expect.arrayContaining([{ code: 'need', need: 'shelter' }, { code: 'hours-24' }]),
    );
    expect(reasonsOf(r, 'temporary-protection')).toContainEqual({ code: 'reach-via', via: 'dv-plus' });
    expect(r.fallback.window.id).toBe('dv-plus');
    expectAbsent(r, MEN_ONLY);
  });

  it('a person over 65: the prefecture abuse line for older people among the first', () => {
    const r = run({ danger: 'no', about: 'me', age: '65+', needs: ['talk'] });
    expect(top(r, 2)).toEqual(['dv-plus', 'yorisoi']);
    expect(top(r, 4)).toContain('pref-abuse-7171');
    expect(reasonsOf(r, 'pref-abuse-7171')).toContainEqual({ code: 'for-older' });
    // 子どもスマイルネット takes calls from any resident of the prefecture, so it stays.
    expectAbsent(r, ['yoiko-denwa', ...callersWithout('self')]);
  });

  it('a person with a disability (a man): the abuse line for disabled people, nothing for women only', () => {
    const r = run({ danger: 'no', about: 'me', age: '25-64', gender: 'man', needs: ['disability', 'talk'] });
    expect(top(r, 1)).toEqual(['pref-abuse-7171']);
    expect(reasonsOf(r, 'pref-abuse-7171')).toEqual(
      expect.arrayContaining([{ code: 'for-disability' }, { code: 'need', need: 'disability' }]),
    );
    expect(top(r, 4)).toEqual(expect.arrayContaining(['dv-plus', 'city-men-line']));
    expectAbsent(r, WOMEN_ONLY);
  });

  it('a friend asking for someone else: only lines that take calls from others where the source says who may call', () => {
    const r = run({ danger: 'no', about: 'someone' });
    expect(top(r, 3)).toEqual(['dv-plus', 'yorisoi', 'withyou-dv']);
    expect(reasonsOf(r, 'date-dv-110')).toContainEqual({ code: 'accepts-others' });
    expect(reasonsOf(r, 'child-189')).toContainEqual({ code: 'accepts-others' });
    expect(reasonsOf(r, 'kodomo-smile-net')).toContainEqual({ code: 'accepts-others' });
    expectAbsent(r, ['yoiko-denwa', 'education-sns', ...callersWithout('others')]);
  });

  it('someone worried about a child: child-abuse lines first', () => {
    const r = run({ danger: 'no', about: 'child', age: 'under-13' });
    expect(top(r, 3)).toEqual(['child-189', 'pref-abuse-7171', 'child-guidance-centre']);
  });

  it('someone in danger now: 110 first, then the 24-hour lines, none of them repeated below', () => {
    const r = run({ danger: 'yes' }, tokyo('2026-11-28T03:00'));
    expect(r.urgent.map((x) => x.window.id)).toEqual(['police-110', 'dv-plus', 'yorisoi']);
    expect(r.urgent[0].reasons).toContainEqual({ code: 'danger' });
    expect(r.urgent.slice(1).every((x) => x.reasons.some((q) => q.code === 'hours-24'))).toBe(true);
    expect(top(r, 99)).not.toContain('police-110');
    expect(top(r, 99)).not.toContain('dv-plus');
  });

  it('someone who skips every question: nothing excluded, general lines first, notes where we cannot tell', () => {
    const skip = 'skip' as const;
    const answers: Answers = {
      danger: skip,
      about: skip,
      age: skip,
      gender: skip,
      language: skip,
      children: skip,
      needs: skip,
    };
    const r = run(answers);
    expect(r.urgent).toEqual([]);
    expect(top(r, 3)).toEqual(['dv-plus', 'yorisoi', 'withyou-dv']);
    expect(r.ranked).toHaveLength(windows.filter((w) => w.kind !== 'emergency').length);
    expect(reasonsOf(r, 'city-women-line')).toContainEqual({ code: 'eligibility-note' });
    expect(reasonsOf(r, 'mother-child-emergency-protection')).toContainEqual({ code: 'eligibility-note' });
    expect(r.fallback.window.id).toBe('dv-plus');
  });
});
