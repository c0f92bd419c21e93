// Facts about a window that do not depend on the person or the moment, worked out once per window
// object and cached, so recommend() over the whole catalogue stays well under a millisecond.
import type { Channel, ContentLang, Day, Window } from '../data/schema';
import type { DatedSchedule } from '../data/schema';
import { dialableFromAnyPhone } from './any-phone';
import type { ChannelKind, Group, RecommendContext } from './recommend-types';

/** When and how a window can be used in one language; no days = no fixed days known. */
export interface LanguageSlot {
  via: ChannelKind[];
  days?: Day[];
  weeks?: number[];
  open?: string;
  close?: string;
}

export interface WindowFacts {
  needs: ReadonlySet<string>;
  groups: ReadonlySet<Group>;
  languages: ReadonlyMap<ContentLang, LanguageSlot[]>;
  /** Channels with a confirmed way in (a number, an address, a place). */
  reachable: boolean;
  /** The window's hours, then those of confirmed channels with hours of their own (the others follow the window's). */
  schedules: DatedSchedule[];
  /** Hours of high-confidence phone channels with a number: candidates for the always-there fallback. */
  phoneSchedules: DatedSchedule[];
  /** The same, only for numbers that work from any phone (regular or 0120, not # or 0570). */
  anyPhoneSchedules: DatedSchedule[];
  freeCall: boolean;
}

function hasWayIn(c: Channel): boolean {
  if (c.confidence === 'unknown') return false;
  if (c.kind === 'tel') return c.number !== null;
  if ('places' in c) return c.places.length > 0;
  return c.url !== null || c.address !== undefined;
}

function addSlot(
  map: Map<ContentLang, LanguageSlot[]>,
  lang: ContentLang,
  kind: ChannelKind,
  slot: Omit<LanguageSlot, 'via'>,
) {
  const slots = map.get(lang) ?? [];
  const same = slots.find(
    (s) =>
      s.days?.join() === slot.days?.join() &&
      s.open === slot.open &&
      s.close === slot.close &&
      s.weeks?.join() === slot.weeks?.join(),
  );
  if (same) {
    if (!same.via.includes(kind)) same.via.push(kind);
  } else slots.push({ via: [kind], ...slot });
  map.set(lang, slots);
}

/** Per language: which channels, and on which days and hours when the source says so. */
function languageSlots(w: Window, ctx: RecommendContext): Map<ContentLang, LanguageSlot[]> {
  const map = new Map<ContentLang, LanguageSlot[]>();
  for (const c of w.channels) {
    if (!hasWayIn(c)) continue;
    const hours = ctx.dated(w, c);
    const rules = hours.kind === 'weekly' ? hours.rules : [];
    const ruleLangs = new Set(rules.flatMap((r) => r.languages ?? []));
    for (const lang of new Set([...(c.languages ?? []), ...ruleLangs])) {
      const dayRules = rules.filter((r) => (r.languages ? r.languages.includes(lang) : !ruleLangs.has(lang)));
      if (dayRules.length === 0) addSlot(map, lang, c.kind, {});
      for (const r of dayRules)
        addSlot(map, lang, c.kind, { days: r.days, weeks: r.weeks, open: r.open, close: r.close });
    }
  }
  return map;
}

// Keyed by the window object: ctx.dated is a pure lookup of the window's own data, so the facts
// hold for any context.
const cache = new WeakMap<Window, WindowFacts>();

export function factsOf(w: Window, ctx: RecommendContext): WindowFacts {
  const known = cache.get(w);
  if (known) return known;
  const facts: WindowFacts = {
    needs: new Set(w.needs),
    groups: new Set(w.especiallyFor ?? []),
    languages: languageSlots(w, ctx),
    reachable: w.channels.some(hasWayIn),
    schedules: [
      ctx.dated(w),
      ...w.channels
        .filter((c) => c.confidence !== 'unknown' && c.hours !== undefined)
        .map((c) => ctx.dated(w, c)),
    ],
    phoneSchedules: w.channels
      .filter((c) => c.kind === 'tel' && c.number !== null && c.confidence === 'high')
      .map((c) => ctx.dated(w, c)),
    anyPhoneSchedules: w.channels
      .filter((c) => c.confidence === 'high' && dialableFromAnyPhone(c))
      .map((c) => ctx.dated(w, c)),
    freeCall: w.cost === 'free-call' || w.channels.some((c) => c.kind === 'tel' && c.freeCall === true),
  };
  cache.set(w, facts);
  return facts;
}
