import { useEffect, useState } from 'preact/hooks';

/** Monotonic: a clock change on the phone does not make the timers jump. */
export const monotonicNow = (): number => performance.now();

/** A digit changing ten times a second is motion; with reduced motion the stopwatch shows whole seconds. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The clock time, refreshed every stepMs only while running (no timer at all otherwise). */
export function useTicker(running: boolean, stepMs: number): number {
  const [time, setTime] = useState(monotonicNow);
  useEffect(() => {
    setTime(monotonicNow());
    if (!running) return;
    const id = setInterval(() => setTime(monotonicNow()), stepMs);
    return () => clearInterval(id);
  }, [running, stepMs]);
  return time;
}
