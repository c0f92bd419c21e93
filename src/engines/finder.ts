// The finder's filters and ordering. Pure: status and texts are computed by the caller's helpers.
import type { ContentLang, NeedTag, Window } from '../data/schema';
import { checkEligibility, type Profile } from './eligibility';
import type { OpenState } from './open-now';
import { matchesQuery } from './normalise';
import { compareOpenStates } from './open-rank';
import { hasWayIn, WRITTEN_KINDS } from './recommend-facts';

export const WHO_TAGS = ['woman', 'man', 'teen', 'parent', 'older', 'disability', 'foreign'] as const;
export type WhoTag = (typeof WHO_TAGS)[number];

export interface FinderQuery {
  text: string;
  needs: NeedTag[];
  who: WhoTag[];
  language: ContentLang | null;
  openNow: boolean;
  /** Only windows reachable in writing (chat, social media, e-mail): for people who cannot speak on the phone. */
  withoutSpeaking: boolean;
}

export const EMPTY_QUERY: FinderQuery = {
  text: '',
  needs: [],
  who: [],
  language: null,
  openNow: false,
  withoutSpeaking: false,
};

/** A confirmed way in that needs no speaking. */
export const reachableInWriting = (w: Window) =>
  w.channels.some((c) => WRITTEN_KINDS.includes(c.kind) && hasWayIn(c));

export interface FinderRow {
  window: Window;
  status: OpenState;
}

export interface FinderContext {
  /** The moment the statuses are for. */
  at: Date;
  status(w: Window): OpenState;
  /** Every text the window can be found by, in Japanese and the reader's language. */
  texts(w: Window): string[];
}

const GROUP_OF: Partial<Record<WhoTag, NonNullable<Window['especiallyFor']>[number]>> = {
  teen: 'youth',
  older: 'older',
  disability: 'disability',
  foreign: 'foreign',
  man: 'men',
  woman: 'women',
  parent: 'parents',
};

export function profileFor(who: readonly WhoTag[]): Profile {
  const p: Profile = {};
  if (who.includes('woman') && !who.includes('man')) p.gender = 'woman';
  if (who.includes('man') && !who.includes('woman')) p.gender = 'man';
  if (who.includes('teen')) Object.assign(p, { ageMin: 13, ageMax: 17 });
  else if (who.includes('older')) Object.assign(p, { ageMin: 65, ageMax: 120 });
  if (who.includes('parent')) p.hasChildren = true;
  return p;
}

/** Languages a window offers on any channel, on any day. Windows that list none count as Japanese. */
export function windowLanguages(w: Window): Set<ContentLang> {
  const langs = new Set<ContentLang>();
  for (const c of w.channels) {
    for (const l of c.languages ?? []) langs.add(l);
    const hours = c.hours ?? w.hours;
    if (hours.kind === 'weekly') for (const r of hours.rules) for (const l of r.languages ?? []) langs.add(l);
  }
  if (w.hours.kind === 'weekly')
    for (const r of w.hours.rules) for (const l of r.languages ?? []) langs.add(l);
  if (langs.size === 0) langs.add('ja');
  return langs;
}

function groupMatches(w: Window, who: readonly WhoTag[]): number {
  return who.filter((tag) => {
    const group = GROUP_OF[tag];
    return group !== undefined && (w.especiallyFor ?? []).includes(group);
  }).length;
}

export function findWindows(windows: readonly Window[], q: FinderQuery, ctx: FinderContext): FinderRow[] {
  const profile = profileFor(q.who);
  const rows: (FinderRow & { match: number })[] = [];
  for (const w of windows) {
    if (q.needs.length > 0 && !q.needs.some((n) => w.needs.includes(n))) continue;
    if (!checkEligibility(w.eligibility, profile).eligible) continue;
    if (q.language) {
      const langs = windowLanguages(w);
      const accepted =
        q.language === 'ja-easy' ? langs.has('ja-easy') || langs.has('ja') : langs.has(q.language);
      if (!accepted) continue;
    }
    if (q.withoutSpeaking && !reachableInWriting(w)) continue;
    if (q.text.trim() && !matchesQuery(q.text, ctx.texts(w))) continue;
    const status = ctx.status(w);
    if (q.openNow && status.state !== 'open') continue;
    rows.push({ window: w, status, match: groupMatches(w, q.who) });
  }
  return rows
    .sort((a, b) => compareOpenStates(a.status, b.status, ctx.at) || b.match - a.match)
    .map(({ window, status }) => ({ window, status }));
}

/** Lines a reader can use right now whatever they searched for: confidently open 24-hour lines. */
export function openAllDay(windows: readonly Window[], ctx: FinderContext): FinderRow[] {
  return windows
    .map((w) => ({ window: w, status: ctx.status(w) }))
    .filter(
      (r) =>
        r.status.state === 'open' && r.status.allDay && r.status.confident && r.window.kind !== 'emergency',
    );
}
