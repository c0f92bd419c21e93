// The questionnaire's answers and step, in memory only: they survive a visit to a window's details
// and are forgotten on quick exit (and when the tab closes). Nothing is written to any storage.
import { useEffect, useState } from 'preact/hooks';
import { onForget } from '../../shell/quick-exit/quick-exit';
import { START, type FlowState } from './flow';

let state: FlowState = START;
const listeners = new Set<() => void>();

export const getFlowState = (): FlowState => state;

export function setFlowState(next: FlowState): void {
  state = next;
  for (const listener of listeners) listener();
}

onForget(() => setFlowState(START));

/** The current state and a setter; re-renders when it changes (also when quick exit forgets it). */
export function useFlowState(): [FlowState, (update: (s: FlowState) => FlowState) => void] {
  const [, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    listeners.add(bump);
    return () => {
      listeners.delete(bump);
    };
  }, []);
  return [state, (update) => setFlowState(update(state))];
}
