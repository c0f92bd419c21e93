// WARNING: part of the main bundle. Keep it tiny.
// One place for the settings that safety depends on.

/**
 * Where the quick exit goes: a non-personalised public page (Japan Meteorological Agency forecast).
 * Not a search engine or a site the reader may be signed in to (its history can show).
 */
export const NEUTRAL_URL = 'https://www.jma.go.jp/bosai/forecast/';

/** The neutral title used on every screen, always (tab switcher, history, bookmarks). */
export const NEUTRAL_TITLE = '電卓';

/** How long Shift×3 may take, and Esc×2 (GOV.UK and NSW values). */
export const SHIFT_WINDOW_MS = 5000;
export const ESC_WINDOW_MS = 1000;

/** The one database of kept choices, and its store (neutral names: they show on site-data pages). */
export const PREFS_DB_NAME = 'calc';
export const PREFS_STORE = 'prefs';
