// State that lives in memory only: it survives moving between screens, is never written to any
// storage, and is forgotten on quick exit (and when the tab closes).
import { useEffect, useState } from 'preact/hooks';
import { onForget } from './quick-exit/quick-exit';

export interface MemoryStore<T> {
  get: () => T;
  set: (next: T) => void;
  /** The current value and an updater; re-renders when it changes (also when the exit forgets it). */
  use: () => [T, (update: (current: T) => T) => void];
}

export function memoryStore<T>(initial: T): MemoryStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const set = (next: T) => {
    value = next;
    for (const listener of listeners) listener();
  };
  onForget(() => set(initial));
  return {
    get: () => value,
    set,
    use: () => {
      const [, setTick] = useState(0);
      useEffect(() => {
        const bump = () => setTick((n) => n + 1);
        listeners.add(bump);
        return () => {
          listeners.delete(bump);
        };
      }, []);
      return [value, (update) => set(update(value))];
    },
  };
}
