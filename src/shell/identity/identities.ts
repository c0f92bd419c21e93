// WARNING: part of the main bundle.
// The neutral identities the app can be installed as. Each is a real tool that needs no network
// and no data. The default (calc) ships in public/manifest.webmanifest and must never change:
// installed apps pick up manifest renames.
import type { IdentityId } from '../../lib/storage';

export type { IdentityId };

export interface Identity {
  id: IdentityId;
  /** Manifest name and document title, in Japanese like a phone's own tools. */
  title: string;
  manifest: string;
  icon: string;
  touchIcon: string;
  themeColor: string;
}

export const IDENTITIES: readonly Identity[] = [
  {
    id: 'calc',
    title: '電卓',
    manifest: '/manifest.webmanifest',
    icon: '/icons/calc.svg',
    touchIcon: '/icons/calc-180.png',
    themeColor: '#37474f',
  },
  {
    id: 'units',
    title: '単位換算',
    manifest: '/m/units.webmanifest',
    icon: '/icons/units.svg',
    touchIcon: '/icons/units-180.png',
    themeColor: '#2e7d32',
  },
  {
    id: 'timer',
    title: 'タイマー',
    manifest: '/m/timer.webmanifest',
    icon: '/icons/timer.svg',
    touchIcon: '/icons/timer-180.png',
    themeColor: '#6a1b9a',
  },
];

export const DEFAULT_IDENTITY: IdentityId = 'calc';

export function identity(id: string | null | undefined): Identity {
  return IDENTITIES.find((i) => i.id === id) ?? IDENTITIES[0];
}

/** Puts an identity on the page: manifest link, icons, install title, theme colour, tab title. */
export function applyIdentity(id: IdentityId): void {
  const ident = identity(id);
  const set = (selector: string, attr: string, value: string) =>
    document.querySelector(selector)?.setAttribute(attr, value);
  set('link[rel="manifest"]', 'href', ident.manifest);
  set('link[rel="icon"]', 'href', ident.icon);
  set('link[rel="apple-touch-icon"]', 'href', ident.touchIcon);
  set('meta[name="apple-mobile-web-app-title"]', 'content', ident.title);
  set('meta[name="theme-color"]', 'content', ident.themeColor);
  document.title = ident.title;
  currentIdentity = ident.id;
}

let currentIdentity: IdentityId = DEFAULT_IDENTITY;
export const activeIdentity = (): IdentityId => currentIdentity;
