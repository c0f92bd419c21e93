// The questionnaire's parts that need the catalogue, loaded apart from the question step: they are
// fetched while the person reads the first question (see preloadCatalogueParts).
import i18next from 'i18next';
import { lazyPart } from '../../shell/lazy-part';

export const LazyDangerLines = lazyPart(() =>
  Promise.all([import('./danger-lines'), i18next.loadNamespaces(['windows'])]).then(([m]) => m.DangerLines),
);

// Window names come from the "windows" words: loaded with the code, so no raw key ever shows.
export const LazyResults = lazyPart(() =>
  Promise.all([import('./results'), i18next.loadNamespaces(['windows'])]).then(([m]) => m.Results),
);

/** Starts loading both parts: called once the question is on screen. */
export function preloadCatalogueParts(): void {
  void LazyDangerLines.preload().catch(() => undefined);
  void LazyResults.preload().catch(() => undefined);
}
