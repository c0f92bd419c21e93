// Which language to show, and which prerendered start page carries it. Pure: used by the page
// (src/lib/languages.ts re-exports it) and by the service worker.
export const DEFAULT_LOCALE = 'ja';

// Scripts written right to left, by primary language subtag (for <html dir>).

/** The prerendered start page for a locale (a file in the build, precached by the service worker). */
export function startPagePath(code: string): string {
  return code === DEFAULT_LOCALE ? 'index.html' : `start/${code}.html`;
}

/** The locale whose start page a path names (inverse of startPagePath), or null. */
export function startPageLocale(path: string): string | null {
  const p = path.replace(/^\//, '');
  if (p === '' || p === 'index.html') return DEFAULT_LOCALE;
  return /^start\/([\w-]+)\.html$/.exec(p)?.[1] ?? null;
}

// Browser tags that name one of our locales under another spelling.
const ALIASES: Record<string, string> = { fil: 'tl', in: 'id', zh: 'zh-Hans', pt: 'pt-BR' };
// Chinese in traditional characters, however the browser names it.
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/;

/** Maps a browser or URL language tag to one of the offered locales, or null. */
export function matchLocale(tag: string, offered: readonly string[]): string | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  const exact = offered.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  if (TRADITIONAL.test(lower) && offered.includes('zh-Hant')) return 'zh-Hant';
  const alias = ALIASES[primary];
  if (alias && offered.includes(alias)) return alias;
  return offered.find((c) => c.toLowerCase() === primary) ?? null;
}

/**
 * Detection order: ?lang= in the entry URL → a choice made in this visit (in the page) or the
 * remembered choice (in the service worker) → the browser's languages → Japanese.
 */
export function detectLocale(
  search: string,
  visitChoice: string | null | undefined,
  navigatorLanguages: readonly string[],
  offered: readonly string[],
): string {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl) {
    const hit = matchLocale(fromUrl, offered);
    if (hit) return hit;
  }
  if (visitChoice && offered.includes(visitChoice)) return visitChoice;
  for (const tag of navigatorLanguages) {
    const hit = matchLocale(tag, offered);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}
