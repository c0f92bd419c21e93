// After the first paint: restore what the reader chose to keep (if anything), put on the chosen
// identity, and open on the cover when the installed app is launched with a disguise.
import { applyIdentity } from '../identity/identities';
import { inInstalledWindow } from '../entry';
import { coverUp } from '../quick-exit/quick-exit';
import { applyStoredLocale } from '../locale-sync';
import { currentPrefs, disguiseActive, restorePrefs } from './prefs-state';

/** Back to the cover whenever the app goes to the background (app switcher, another app). */
function coverWhenHidden(): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && disguiseActive() && currentPrefs().coverOnHide !== false)
      coverUp();
  });
}

export async function startDevice(): Promise<void> {
  try {
    const storage = await import('../../lib/storage');
    const stored = await storage.loadPrefs();
    restorePrefs(stored);
    if (stored.identity) applyIdentity(stored.identity);
    if (stored.language) await applyStoredLocale(stored.language);
    if (disguiseActive() && inInstalledWindow()) coverUp();
    coverWhenHidden();
  } finally {
    // Installed launches keep the page hidden until this point (see shell.css), so a disguised
    // app never flashes the help screens.
    document.documentElement.classList.add('shell-ready');
  }
}
