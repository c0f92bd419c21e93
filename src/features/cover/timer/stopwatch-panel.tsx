import { useState } from 'preact/hooks';
import { useT } from '../../../lib/use-t';
import { stopwatchText } from './clock-text';
import { elapsed, resetStopwatch, toggleStopwatch } from './stopwatch';
import { monotonicNow, prefersReducedMotion, useTicker } from './use-ticker';

export function StopwatchPanel() {
  const t = useT(['cover']);
  const [stopwatch, setStopwatch] = useState(resetStopwatch);
  const running = stopwatch.since !== null;
  const tenths = !prefersReducedMotion();
  const time = useTicker(running, tenths ? 50 : 250);
  return (
    <div class="timer-panel">
      <div class="timer-display" role="timer" aria-label={t('cover.stopwatch')}>
        {stopwatchText(elapsed(stopwatch, time), tenths)}
      </div>
      <div class="tool-buttons">
        <button
          type="button"
          class="tool-button tool-primary"
          onClick={() => setStopwatch((s) => toggleStopwatch(s, monotonicNow()))}
        >
          {running ? t('cover.stop') : t('cover.start')}
        </button>
        <button type="button" class="tool-button" onClick={() => setStopwatch(resetStopwatch)}>
          {t('cover.reset')}
        </button>
      </div>
    </div>
  );
}
