// Loaded after the first paint (src/app/app.tsx).
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../lib/use-t';

export function UpdatePrompt() {
  const t = useT();
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let off = () => {};
    // The bridge is a lazy chunk: subscribe once it has loaded.
    void import('../sw-bridge').then((m) => {
      off = m.onUpdateReady((fn) => setApply(() => fn));
    });
    return () => off();
  }, []);
  if (!apply || dismissed) return null;
  return (
    <div class="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('shell.updateReady')}</span>
      <button type="button" onClick={apply}>
        {t('shell.updateApply')}
      </button>
      <button type="button" class="secondary" onClick={() => setDismissed(true)}>
        {t('shell.updateLater')}
      </button>
    </div>
  );
}
