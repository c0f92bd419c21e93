import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../lib/use-t';
import { committedDigits, type CoverToolProps } from '../tool-props';
import { countdownText } from './clock-text';
import {
  idleCountdown,
  parseDuration,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  tickCountdown,
  timeLeft,
} from './countdown';
import { DurationFields } from './duration-fields';
import { monotonicNow, useTicker } from './use-ticker';

/** A countdown; "start" reports the minutes and seconds digits as typed. Silent: no sound, no notification. */
export function CountdownTimer({ onUnlockAttempt }: CoverToolProps) {
  const t = useT(['cover']);
  const [minutes, setMinutes] = useState('');
  const [seconds, setSeconds] = useState('');
  const [countdown, setCountdown] = useState(idleCountdown);
  const time = useTicker(countdown.phase === 'running', 250);
  useEffect(() => setCountdown((c) => tickCountdown(c, time)), [time]);

  const onStart = (e: Event) => {
    e.preventDefault();
    const [m, s] = [committedDigits(minutes), committedDigits(seconds)];
    onUnlockAttempt(m + s);
    const duration = parseDuration(m, s);
    if (duration !== null) setCountdown(startCountdown(duration, monotonicNow()));
  };
  const { phase } = countdown;
  if (phase === 'idle') {
    return (
      <form class="timer-panel" onSubmit={onStart}>
        <DurationFields minutes={minutes} seconds={seconds} onMinutes={setMinutes} onSeconds={setSeconds} />
        <button type="submit" class="tool-button tool-primary">
          {t('cover.start')}
        </button>
      </form>
    );
  }
  const toggle = () =>
    setCountdown((c) =>
      phase === 'running' ? pauseCountdown(c, monotonicNow()) : resumeCountdown(c, monotonicNow()),
    );
  return (
    <div class="timer-panel">
      <div class="timer-display" role="timer" aria-label={t('cover.timer')}>
        {countdownText(timeLeft(countdown, time))}
      </div>
      <p class="timer-done" role="status">
        {phase === 'done' ? t('cover.done') : ''}
      </p>
      <div class="tool-buttons">
        {phase !== 'done' && (
          <button type="button" class="tool-button tool-primary" onClick={toggle}>
            {phase === 'running' ? t('cover.pause') : t('cover.start')}
          </button>
        )}
        <button type="button" class="tool-button" onClick={() => setCountdown(idleCountdown)}>
          {t('cover.reset')}
        </button>
      </div>
    </div>
  );
}
