// WARNING: part of the main bundle. Only the home screen is bundled; every other screen is a
// lazy chunk, so its code and data stay off the first paint.
import type { ComponentType } from 'preact';
import i18next from 'i18next';
import { Home } from '../features/home';
import { lazyScreen } from './lazy';
import { whenIdle } from '../lib/idle';
import type { Screen, ScreenProps } from '../shell/navigation';

const finder = lazyScreen<ScreenProps>(
  () => import('../features/finder').then((m) => m.loadFinder()),
  ['finder', 'terms', 'windows'],
);
const questionnaire = lazyScreen<ScreenProps>(
  () => import('../features/questionnaire').then((m) => m.Questionnaire),
  // The window names ("windows") come with the parts that show windows (they load the catalogue).
  ['questionnaire', 'terms'],
);

const screens: Partial<Record<Screen['name'], ComponentType<ScreenProps>>> = {
  home: Home,
  language: lazyScreen(() => import('../shell/language-picker').then((m) => m.LanguagePicker)),
  cover: lazyScreen(() => import('../features/cover').then((m) => m.Cover), ['cover']),
  finder,
  questionnaire,
  selfcheck: lazyScreen(
    () => import('../features/selfcheck').then((m) => m.Selfcheck),
    ['selfcheck', 'questionnaire', 'terms', 'windows'],
  ),
  window: lazyScreen(
    () => import('../features/window-detail').then((m) => m.WindowDetail),
    ['detail', 'terms', 'windows', 'plan'],
  ),
  phrases: lazyScreen(
    () => import('../features/phrases').then((m) => m.PhraseCards),
    ['phrases', 'langs', 'terms', 'windows'],
  ),
  settings: lazyScreen(() => import('../features/settings').then((m) => m.Settings), ['settings']),
  'cover-settings': lazyScreen(
    () => import('../features/settings').then((m) => m.CoverSettings),
    ['settings'],
  ),
  plan: lazyScreen(() => import('../features/plan').then((m) => m.PlanBrowser), ['plan', 'terms', 'windows']),
  map: lazyScreen(() => import('../features/map').then((m) => m.MapScreen), ['map', 'terms', 'windows']),
  safety: lazyScreen(() => import('../features/safety').then((m) => m.SafetyGuide), ['safety']),
  'safety-plan': lazyScreen(
    () => import('../features/safety-plan').then((m) => m.SafetyPlan),
    ['safety-plan', 'terms', 'windows', 'settings'],
  ),
  'pocket-card': lazyScreen(
    () => import('../features/pocket-card').then((m) => m.PocketCard),
    ['pocket-card', 'terms', 'windows', 'settings'],
  ),
  'share-help': lazyScreen(() => import('../features/share-help').then((m) => m.ShareHelp), ['share-help']),
};

export function screenComponent(screen: Screen): ComponentType<ScreenProps> {
  return screens[screen.name] ?? Home;
}

/**
 * The words of the two screens a reader most often opens first (and of the windows they list):
 * fetched while the start screen hydrates, so a tap right after it waits for none of them.
 */
export const preloadLikelyWords = (): Promise<unknown> =>
  i18next.loadNamespaces(['questionnaire', 'finder', 'terms', 'windows']);

/**
 * The two screens a reader most often opens from the start screen, fetched while the page is idle
 * so a tap shows them at once.
 */
export async function preloadLikelyScreens(): Promise<void> {
  // One after the other: the finder brings the whole catalogue, which must not hold up the
  // questionnaire (the start page already hinted its code to the browser).
  await questionnaire.preload().catch(() => undefined);
  // A task of its own: the catalogue's code must not make one long task with the questionnaire's.
  await whenIdle();
  await finder.preload().catch(() => undefined);
}
