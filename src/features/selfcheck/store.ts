// The self-check's state, in memory only; forgotten on quick exit. Nothing is written to storage.
import { useEffect, useState } from 'preact/hooks';
import { onForget } from '../../shell/quick-exit/quick-exit';
import type { Variant } from './signs';

export interface CheckState {
  step: 'intro' | 'check' | 'end';
  variant: Variant | null;
  ticked: string[];
}

export const FRESH: CheckState = { step: 'intro', variant: null, ticked: [] };

let state: CheckState = FRESH;
const listeners = new Set<() => void>();

export const getCheckState = (): CheckState => state;

export function setCheckState(next: CheckState): void {
  state = next;
  for (const listener of listeners) listener();
}

onForget(() => setCheckState(FRESH));

export function useCheckState(): [CheckState, (update: (s: CheckState) => CheckState) => void] {
  const [, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    listeners.add(bump);
    return () => {
      listeners.delete(bump);
    };
  }, []);
  return [state, (update) => setCheckState(update(state))];
}
