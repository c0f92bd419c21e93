// WARNING: part of the main bundle.
// Changing the start screen's language without moving it (no layout shift where a reader is about
// to tap 110): the words load first, the screen is taken out for one painted frame, the new words
// are rendered, then it comes back at once. Boxes that appear are not a shift; boxes that move are
// (also after being invisible: only leaving the layout resets them).
import i18next from 'i18next';

const SWAP_CLASS = 'lang-swap';

// A background tab paints no frames (and nothing in it can be seen to move): go on after this.
const NO_FRAMES_MS = 1000;

/** Resolves after the next frame was painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, NO_FRAMES_MS);
  });
}

/** Hides the words; resolves once a frame without them was painted (only then may they change). */
export function hideWords(): Promise<void> {
  document.documentElement.classList.add(SWAP_CLASS);
  return afterNextPaint();
}
export const showWords = () => document.documentElement.classList.remove(SWAP_CLASS);

/** Switches an already rendered screen to `code` as above; Preact re-renders on languageChanged. */
export async function swapLanguage(code: string, prepare?: () => Promise<unknown>): Promise<void> {
  // prepare: parts only other languages show, loaded before the swap so they never arrive later.
  await Promise.all([i18next.loadLanguages(code), prepare?.()]);
  if (i18next.language === code) return;
  await hideWords();
  await i18next.changeLanguage(code);
  await afterNextPaint();
  showWords();
}
