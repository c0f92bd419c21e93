// WARNING: part of the main bundle.
// Screens are held in memory: moving between them never touches browser history, so the whole
// app stays one history entry and Back in the browser leaves it (see README, "No history footprint").
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FinderQuery } from '../engines/finder';

export type Screen =
  | { name: 'home' }
  | { name: 'language' }
  | { name: 'cover'; practice?: boolean }
  | { name: 'cover-settings' }
  /** `query`: filters set from the questionnaire's answers, which the person can loosen. */
  | { name: 'finder'; need?: string; query?: FinderQuery }
  | { name: 'window'; id: string }
  | { name: 'phrases'; id: string }
  | { name: 'plan'; programme?: number }
  | { name: 'map'; place?: string }
  | { name: 'questionnaire' }
  | { name: 'selfcheck' }
  | { name: 'safety' }
  | { name: 'safety-plan' }
  | { name: 'pocket-card' }
  | { name: 'share-help' }
  | { name: 'settings' };

/** What every screen component receives from the registry (src/app/screens.tsx). */
export interface ScreenProps {
  screen: Screen;
}

export interface NavigationState {
  stack: Screen[];
}

export const HOME: Screen = { name: 'home' };

export function initialNavigation(): NavigationState {
  return { stack: [HOME] };
}

export function current(state: NavigationState): Screen {
  return state.stack[state.stack.length - 1] ?? HOME;
}

export function go(state: NavigationState, screen: Screen): NavigationState {
  return { stack: [...state.stack, screen] };
}

export function back(state: NavigationState): NavigationState {
  return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
}

/** Replace the whole stack (quick exit to the cover, or "home"). */
export function reset(screen: Screen): NavigationState {
  return { stack: [screen] };
}

export interface Navigator {
  screen: Screen;
  canGoBack: boolean;
  go(screen: Screen): void;
  back(): void;
  home(): void;
  /** Replace the whole stack with one screen. */
  reset(screen: Screen): void;
}

/** Until the app has mounted. */
const IDLE: Navigator = {
  screen: HOME,
  canGoBack: false,
  go() {},
  back() {},
  home() {},
  reset() {},
};

export const NavigationContext = createContext<Navigator>(IDLE);

export function useNavigation(): Navigator {
  return useContext(NavigationContext);
}

let globalNavigator: Navigator = IDLE;

/** For shell modules outside components (cover lock, start-up): the live navigator. */
export const shellNavigator = (): Navigator => globalNavigator;
export function setShellNavigator(nav: Navigator): void {
  globalNavigator = nav;
}
