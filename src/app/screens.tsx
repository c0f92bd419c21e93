// WARNING: part of the main bundle. Only the home screen is bundled; every other screen is a
// lazy chunk, so its code and data stay off the first paint.
import type { ComponentType } from 'preact';
import { Home } from '../features/home';
import { lazyScreen } from './lazy';
import type { Screen, ScreenProps } from '../shell/navigation';

const finder = lazyScreen<ScreenProps>(
  () => import('../features/finder').then((m) => m.Finder),
  ['finder', 'terms', 'windows'],
);
const questionnaire = lazyScreen<ScreenProps>(
  () => import('../features/questionnaire').then((m) => m.Questionnaire),
  ['questionnaire', 'terms', 'windows'],
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
  settings: lazyScreen(() => import('../features/settings').then((m) => m.Settings), ['settings']),
  'cover-settings': lazyScreen(
    () => import('../features/settings').then((m) => m.CoverSettings),
    ['settings'],
  ),
  plan: lazyScreen(() => import('../features/plan').then((m) => m.PlanBrowser), ['plan', 'terms', 'windows']),
  map: lazyScreen(() => import('../features/map').then((m) => m.MapScreen), ['map', 'terms', 'windows']),
  safety: lazyScreen(() => import('../features/safety').then((m) => m.SafetyGuide), ['safety']),
};

export function screenComponent(screen: Screen): ComponentType<ScreenProps> {
  return screens[screen.name] ?? Home;
}

/**
 * The two screens a reader most often opens from the start screen, fetched while the page is idle
 * so a tap shows them at once.
 */
export function preloadLikelyScreens(): Promise<unknown> {
  return Promise.all([questionnaire.preload(), finder.preload()]);
}
