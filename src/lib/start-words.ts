// WARNING: part of the main bundle.
// Each prerendered start page carries the shell words of its own language as a JSON data block
// (plugins/start-pages.ts), so hydration needs no fetch and no language's words sit in the script.
import type { ResourceKey } from 'i18next';

/** The id of the data block in every start page. */
export const START_WORDS_ID = 'start-words';

export interface StartWords {
  lng: string;
  common: ResourceKey;
}

/**
 * The page's own words, or null (dev server, tests, a page without the block). A damaged block is
 * treated as missing: the words are then fetched like any other file, never a broken page.
 */
export function readStartWords(doc: Document | undefined = globalThis.document): StartWords | null {
  const block = doc?.getElementById(START_WORDS_ID);
  const lng = doc?.documentElement.dataset.locale;
  if (!block?.textContent || !lng) return null;
  try {
    const common = JSON.parse(block.textContent) as unknown;
    if (!common || typeof common !== 'object' || Array.isArray(common)) return null;
    return { lng, common: common as ResourceKey };
  } catch {
    return null;
  }
}

/** The data block for a page (build time): `<` escaped so no text can close the script element. */
export function startWordsBlock(common: unknown): string {
  const json = JSON.stringify(common).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${START_WORDS_ID}">${json}</script>`;
}
