// People as they come, at fixed Tokyo times, against the real catalogue: what must be among the
// first results they see (the urgent block and the first five) and what must not appear at all.
import { describe, expect, it } from 'vitest';
import { channelHours, windows } from '../data/catalogue';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { recommend, type Answers, type Recommendation } from './recommend';

const ctx = { holidays: testHolidays, dated: channelHours };
const ids = (pred: (w: (typeof windows)[number]) => boolean) => windows.filter(pred).map((w) => w.id);
const WOMEN_ONLY = ids((w) => w.eligibility.gender === 'women');
const MEN_ONLY = ids((w) => w.eligibility.gender === 'men');
/** Lines and schemes for school and childcare: nothing for someone over 65 without children. */
const SCHOOL = ids((w) => w.needs.includes('school'));
const BROAD = ids((w) => w.needs.includes('human-rights'));

const WEEKDAY_AFTERNOON = '2026-11-24T16:00'; // Tuesday
const WEEKDAY_MORNING = '2026-11-25T10:00'; // Wednesday
const WEEKDAY_NIGHT = '2026-11-25T23:30';
const HOLIDAY = '2026-11-23T10:00'; // 勤労感謝の日 (Monday)
const YEAR_END_NIGHT = '2026-12-30T22:30';

interface Persona {
  name: string;
  at: string;
  answers: Answers;
  /** Among the urgent block and the first five. */
  top: string[];
  /** Nowhere in the results. */
  absent: string[];
  /** Listed somewhere (not excluded). */
  listed?: string[];
  /** Not among the first five. */
  notTop?: string[];
}

const me = { danger: 'no', about: 'me', language: 'ja' } as const;

export const PERSONAS: Persona[] = [
  {
    name: 'teen (16) hurt by a boyfriend',
    at: WEEKDAY_AFTERNOON,
    answers: { ...me, age: '16-17', gender: 'woman', relationship: 'dating', needs: ['talk'] },
    top: ['date-dv-110', 'dv-plus'],
    absent: [...MEN_ONLY],
    listed: ['kodomo-smile-net', 'yoiko-denwa', 'saitama-childline'],
    notTop: ['katei-jido-soudanshitsu', 'nandemo-kodomo'],
  },
  {
    name: 'teen (14) hurt at home by a parent',
    at: WEEKDAY_AFTERNOON,
    answers: { ...me, age: '13-15', gender: 'man', relationship: 'family', needs: ['talk'] },
    top: ['child-189'],
    absent: [...WOMEN_ONLY],
    listed: ['nandemo-kodomo', 'kodomo-smile-net', 'yoiko-denwa'],
  },
  {
    name: '18-year-old hurt by an ex, in the evening',
    at: '2026-11-25T20:00',
    answers: { ...me, age: '18', gender: 'woman', relationship: 'ex', needs: ['talk'] },
    top: ['dv-plus'],
    absent: ['kodomo-smile-net', ...MEN_ONLY],
    listed: ['yoiko-denwa', 'saitama-childline'],
  },
  {
    name: '19-year-old in a dating relationship',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '19-24', gender: 'woman', relationship: 'dating' },
    top: ['date-dv-110', 'dv-plus'],
    absent: [
      'kodomo-smile-net',
      'saitama-childline',
      'nandemo-kodomo',
      'yoiko-denwa',
      'education-sns',
      ...MEN_ONLY,
    ],
  },
  {
    name: 'young adult (22) hurt by a live-in partner, needs money and housing',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '19-24', gender: 'woman', relationship: 'spouse', needs: ['money-housing-work'] },
    top: ['dv-plus'],
    absent: ['nandemo-kodomo', 'kodomo-smile-net', ...MEN_ONLY],
  },
  {
    name: 'woman with children who needs somewhere safe and school',
    at: WEEKDAY_NIGHT,
    answers: {
      ...me,
      age: '25-64',
      gender: 'woman',
      children: 'yes',
      needs: ['shelter', 'school-childcare'],
    },
    top: ['dv-plus', 'mother-child-emergency-protection'],
    absent: [...MEN_ONLY],
    listed: ['kodomo-smile-net', 'nandemo-kodomo', 'yoiko-denwa'],
  },
  {
    name: 'man who wants someone to talk to and legal advice',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '25-64', gender: 'man', children: 'no', needs: ['talk', 'legal'] },
    top: ['dv-plus', 'houterasu-support', 'city-men-line'],
    absent: [...WOMEN_ONLY, 'kodomo-smile-net', 'yoiko-denwa'],
    notTop: [...BROAD],
  },
  {
    name: 'woman over 65 without children at home',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '65+', gender: 'woman', children: 'no', needs: ['talk'] },
    top: ['dv-plus', 'pref-abuse-7171'],
    absent: [...SCHOOL, 'single-parent-loans', 'public-assistance', 'kodomo-smile-net', ...MEN_ONLY],
  },
  {
    name: 'man with a disability',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '25-64', gender: 'man', children: 'no', needs: ['disability', 'talk'] },
    top: ['pref-abuse-7171', 'dv-plus'],
    absent: [...WOMEN_ONLY],
  },
  {
    name: 'Filipino resident reading Tagalog, weekday morning',
    at: WEEKDAY_MORNING,
    answers: { ...me, language: 'tl', age: '25-64', gender: 'woman', children: 'no', needs: ['talk'] },
    top: ['dv-plus', 'pref-foreign-centre', 'yorisoi'],
    absent: [...MEN_ONLY],
  },
  {
    name: 'Brazilian resident reading Portuguese, on a public holiday',
    at: HOLIDAY,
    answers: { ...me, language: 'pt', age: '25-64', gender: 'man', children: 'no' },
    top: ['dv-plus', 'pref-foreign-centre'],
    absent: [...WOMEN_ONLY],
  },
  {
    name: 'Chinese-speaking woman at night over the New Year',
    at: YEAR_END_NIGHT,
    answers: { ...me, language: 'zh', danger: 'unsure', age: '25-64', gender: 'woman', children: 'yes' },
    top: ['police-110', 'dv-plus'],
    absent: [...MEN_ONLY],
  },
  {
    name: 'a friend asking for a woman in her 30s',
    at: WEEKDAY_MORNING,
    answers: {
      danger: 'no',
      about: 'someone',
      age: '25-64',
      gender: 'woman',
      language: 'ja',
      children: 'skip',
    },
    top: ['dv-plus'],
    absent: ['yoiko-denwa', 'education-sns', 'nandemo-kodomo'],
  },
  {
    name: 'a friend asking for a 20-year-old hurt by a boyfriend',
    at: WEEKDAY_AFTERNOON,
    answers: { danger: 'no', about: 'someone', age: '19-24', gender: 'woman', relationship: 'dating' },
    top: ['date-dv-110', 'dv-plus'],
    absent: ['yoiko-denwa', 'education-sns', 'nandemo-kodomo', 'kodomo-smile-net'],
  },
  {
    name: 'a parent worried about a child under 13',
    at: WEEKDAY_AFTERNOON,
    answers: { danger: 'no', about: 'child', age: 'under-13', language: 'ja' },
    top: ['child-189'],
    absent: ['education-sns'],
    listed: ['nandemo-kodomo', 'kodomo-smile-net', 'yoiko-denwa'],
  },
  {
    name: 'someone worried about a 16-year-old child',
    at: WEEKDAY_AFTERNOON,
    answers: { danger: 'no', about: 'child', age: '16-17', language: 'ja' },
    top: ['child-189'],
    absent: ['education-sns'],
    listed: ['kodomo-smile-net', 'yoiko-denwa'],
  },
  {
    name: 'a friend asking for a 16-year-old (any resident may call 子どもスマイルネット)',
    at: WEEKDAY_AFTERNOON,
    answers: { danger: 'no', about: 'someone', age: '16-17', gender: 'woman', language: 'ja' },
    top: ['dv-plus'],
    absent: ['education-sns', 'saitama-childline'],
    listed: ['kodomo-smile-net'],
  },
  {
    name: 'cannot talk now: the abuser is in the room, at night',
    at: WEEKDAY_NIGHT,
    answers: { ...me, age: '25-64', gender: 'woman', children: 'no', needs: ['cant-talk-now', 'shelter'] },
    top: ['dv-plus'],
    absent: [...MEN_ONLY],
  },
  {
    name: 'deaf man who needs legal advice',
    at: WEEKDAY_MORNING,
    answers: { ...me, age: '25-64', gender: 'man', children: 'no', needs: ['cant-hear-speak', 'legal'] },
    top: ['dv-plus', 'houterasu-support'],
    absent: [...WOMEN_ONLY],
  },
  {
    name: 'someone who skips every question',
    at: WEEKDAY_MORNING,
    answers: {},
    top: ['dv-plus'],
    absent: [],
  },
];

const firstSeen = (r: Recommendation) => [...r.urgent, ...r.ranked.slice(0, 5)].map((x) => x.window.id);
const listed = (r: Recommendation) => [...r.urgent, ...r.ranked].map((x) => x.window.id);

describe('recommend: persona table', () => {
  for (const p of PERSONAS) {
    it(p.name, () => {
      const r = recommend(p.answers, windows, tokyo(p.at), ctx);
      expect(firstSeen(r)).toEqual(expect.arrayContaining(p.top));
      for (const id of p.absent) expect(listed(r), id).not.toContain(id);
      for (const id of p.listed ?? []) expect(listed(r), id).toContain(id);
      for (const id of p.notTop ?? []) expect(firstSeen(r), id).not.toContain(id);
    });
  }

  it('has at least 15 people', () => expect(PERSONAS.length).toBeGreaterThanOrEqual(15));

  it('no broad human-rights line above a window made for a chosen need', () => {
    const r = recommend(
      PERSONAS.find((p) => p.name.startsWith('man who wants'))!.answers,
      windows,
      tokyo(WEEKDAY_MORNING),
      ctx,
    );
    const order = r.ranked.map((x) => x.window.id);
    for (const id of BROAD.filter((b) => order.includes(b)))
      expect(order.indexOf(id)).toBeGreaterThan(order.indexOf('houterasu-support'));
  });

  it('cannot talk now: the first window can be used without speaking, and phone-only windows say so', () => {
    const r = recommend(
      PERSONAS.find((p) => p.name.startsWith('cannot talk'))!.answers,
      windows,
      tokyo(WEEKDAY_NIGHT),
      ctx,
    );
    const first = [...r.urgent.filter((x) => x.window.kind !== 'emergency'), ...r.ranked][0];
    expect(first.window.id).toBe('dv-plus');
    expect(first.reasons).toContainEqual({ code: 'no-speaking', via: ['chat', 'email'], openNow: ['email'] });
    const phoneOnly = r.ranked.find((x) => x.window.id === 'withyou-dv');
    expect(phoneOnly?.reasons).toContainEqual({ code: 'phone-only' });
  });

  it('a mother asking about herself also calls as a parent: lines for parents with an age limit say so', () => {
    const r = recommend(
      PERSONAS.find((p) => p.name.startsWith('woman with children'))!.answers,
      windows,
      tokyo(WEEKDAY_NIGHT),
      ctx,
    );
    const smile = r.ranked.find((x) => x.window.id === 'kodomo-smile-net');
    expect(smile?.reasons).toContainEqual({ code: 'for-parents' });
    expect(smile?.reasons).toContainEqual({ code: 'eligibility-note' });
  });
});
