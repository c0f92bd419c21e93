// The self-check's state, in memory only; forgotten on quick exit. Nothing is written to storage.
import { memoryStore } from '../../shell/memory-store';
import type { Variant } from './signs';

export interface CheckState {
  step: 'intro' | 'check' | 'end';
  variant: Variant | null;
  ticked: string[];
}

export const FRESH: CheckState = { step: 'intro', variant: null, ticked: [] };

const store = memoryStore<CheckState>(FRESH);

export const getCheckState = store.get;
export const setCheckState = store.set;
export const useCheckState = store.use;
