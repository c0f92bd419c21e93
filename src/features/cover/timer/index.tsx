import { useState } from 'preact/hooks';
import { useT } from '../../../lib/use-t';
import { ToolBar } from '../tool-bar';
import type { CoverToolProps } from '../tool-props';
import { CountdownTimer } from './countdown-timer';
import { StopwatchPanel } from './stopwatch-panel';
import './timer.css';

type Mode = 'countdown' | 'stopwatch';

/** Timer and stopwatch. Both stay mounted, so switching does not stop either. */
export function TimerTool({ onUnlockAttempt }: CoverToolProps) {
  const t = useT(['cover']);
  const [mode, setMode] = useState<Mode>('countdown');
  const tab = (m: Mode, label: string) => (
    <button type="button" class="segment" aria-pressed={mode === m} onClick={() => setMode(m)}>
      {label}
    </button>
  );
  return (
    <section class="timer">
      <ToolBar title={t('cover.timer')} />
      <div class="segments" role="group" aria-label={t('cover.timer')}>
        {tab('countdown', t('cover.timer'))}
        {tab('stopwatch', t('cover.stopwatch'))}
      </div>
      <div hidden={mode !== 'countdown'}>
        <CountdownTimer onUnlockAttempt={onUnlockAttempt} />
      </div>
      <div hidden={mode !== 'stopwatch'}>
        <StopwatchPanel />
      </div>
    </section>
  );
}
