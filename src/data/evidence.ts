// Does every value carry the passage that backs it? Pure: takes the validated catalogue and returns
// the values no quote backs (gaps) and the quotes that cannot be right (problems). Used by the data
// test and `npm run data:report`.
import type { Catalogue } from './validate.ts';
import type { Channel, Fact, Schedule, Source, Window } from './schema.ts';

export interface Gap {
  /** Stable key, as listed in evidence-exemptions.json. */
  key: string;
  window: string;
  fact: Fact;
  sources: string[];
}

/** Hosts that serve copies of other pages: the source must name the page it copies. */
export const MIRROR_HOSTS = [
  'cache.yimg.jp',
  'wikizero',
  'iwiki.icu',
  'seisyun.net',
  'wikiwand.com',
  'pages.dev',
  'idcfcloud.net',
  'expydoc.com',
];

export const isMirror = (url: string): boolean => MIRROR_HOSTS.some((h) => new URL(url).hostname.includes(h));

/** Digits of a printed number, with the separators sources use (hyphens, dashes, ・). */
const digitsOf = (text: string) => text.replace(/[-‒–—−・･]/g, '');

/** Does the quote print this number? Readings in brackets (つなぐ) are ignored; digits must not run on. */
export function quotePrints(quote: string, number: string): boolean {
  const plain = digitsOf(quote.replace(/[(（][^0-9０-９()（）]*[)）]/g, ''));
  const target = digitsOf(number);
  let at = plain.indexOf(target);
  while (at >= 0) {
    const before = plain[at - 1] ?? '';
    const after = plain[at + target.length] ?? '';
    if (!/\d/.test(before) && !/\d/.test(after)) return true;
    at = plain.indexOf(target, at + 1);
  }
  return false;
}

const ALL_DAY = /24時間|２４時間/;

function backed(sources: Map<string, Source>, ids: string[], test: (q: string, backs: Fact[]) => boolean) {
  return ids.some((id) =>
    (sources.get(id)?.quotes ?? []).some((q) => q.quote !== null && test(q.quote, q.backs)),
  );
}

function allDayClaims(w: Window): { where: string; schedule: Schedule }[] {
  const out = [{ where: '', schedule: w.hours }];
  w.channels.forEach((c: Channel, i) => {
    if (c.hours) out.push({ where: `:channel-${i}`, schedule: c.hours });
  });
  return out.filter(({ schedule }) => schedule.kind === 'always');
}

/** Values that no quote in their cited sources backs. */
export function evidenceGaps(cat: Catalogue): Gap[] {
  const sources = new Map(cat.sources.map((s) => [s.id, s]));
  const gaps: Gap[] = [];
  for (const w of cat.windows) {
    for (const c of w.channels) {
      if (c.kind !== 'tel' || !c.number) continue;
      const n = c.number;
      if (!backed(sources, c.sources, (q) => quotePrints(q, n))) {
        const who = c.audience ? ` (${c.audience})` : '';
        gaps.push({
          key: `${w.id} number ${n}${who}`,
          window: w.id,
          fact: `number:${n}`,
          sources: c.sources,
        });
      }
    }
    for (const { where, schedule } of allDayClaims(w)) {
      if (schedule.kind !== 'always') continue;
      if (!backed(sources, schedule.sources, (q, b) => b.includes('24h') && ALL_DAY.test(q))) {
        gaps.push({ key: `${w.id} 24h${where}`, window: w.id, fact: '24h', sources: schedule.sources });
      }
    }
    const e = w.eligibility;
    const restrictions: Fact[] = [];
    if (e.gender === 'women' || e.gender === 'men') restrictions.push('gender');
    if (e.ageMin !== undefined || e.ageMax !== undefined) restrictions.push('age');
    if (e.callers) restrictions.push('callers');
    for (const fact of restrictions) {
      if (!backed(sources, w.sources, (_q, b) => b.includes(fact))) {
        gaps.push({ key: `${w.id} ${fact}`, window: w.id, fact, sources: w.sources });
      }
    }
  }
  return gaps;
}

/** Quotes and sources that cannot be right, whatever the exemptions say. */
export function evidenceProblems(cat: Catalogue): string[] {
  const problems: string[] = [];
  const squash = (s: string) => s.replace(/\s/g, '');
  const programmeText = new Map(
    cat.programmes.map((p) => [p.no, squash([p.title, p.purpose, p.fy2020].join('\n'))]),
  );
  for (const s of cat.sources) {
    if (s.url && isMirror(s.url) && !s.canonical) {
      problems.push(`${s.id}: a mirror or cache copy must name the canonical page (field "canonical")`);
    }
    if (s.canonical?.url && isMirror(s.canonical.url)) {
      problems.push(`${s.id}: field "canonical.url" is itself a mirror`);
    }
    for (const q of s.quotes) {
      if (q.quote === null) continue;
      if (s.seedProgramme !== undefined && !programmeText.get(s.seedProgramme)?.includes(squash(q.quote))) {
        problems.push(`${s.id}: quote "${q.quote}" is not in programme ${s.seedProgramme}'s seed text`);
      }
      for (const fact of q.backs) {
        const printed = /^(number|fallback):(.+)$/.exec(fact);
        if (printed && !quotePrints(q.quote, printed[2])) {
          problems.push(`${s.id}: quote "${q.quote}" does not print ${printed[2]}`);
        }
        if (fact === '24h' && !ALL_DAY.test(q.quote)) {
          problems.push(`${s.id}: quote "${q.quote}" backs 24h but does not say 24時間`);
        }
      }
    }
  }
  return problems;
}
