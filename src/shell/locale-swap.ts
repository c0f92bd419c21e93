// WARNING: part of the main bundle.
// Changing the start screen's language without moving it (no layout shift where a reader is about
// to tap 110): the words load first, the screen is hidden for one frame (its space kept), the new
// words are rendered, then shown at once. Text that appears is not a shift; text that moves is.
import i18next from 'i18next';

const SWAP_CLASS = 'lang-swap';

/** Resolves after the next frame was painted (or soon, in a tab that paints no frames). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

export const hideWords = () => document.documentElement.classList.add(SWAP_CLASS);
export const showWords = () => document.documentElement.classList.remove(SWAP_CLASS);

/** Switches an already rendered screen to `code` as above; Preact re-renders on languageChanged. */
export async function swapLanguage(code: string): Promise<void> {
  await i18next.loadLanguages(code);
  if (i18next.language === code) return;
  hideWords();
  await afterNextPaint();
  await i18next.changeLanguage(code);
  await afterNextPaint();
  showWords();
}
