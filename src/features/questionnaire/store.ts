// The questionnaire's answers and step, in memory only: they survive a visit to a window's details
// and are forgotten on quick exit (and when the tab closes). Nothing is written to any storage.
import { memoryStore } from '../../shell/memory-store';
import { START, type FlowState } from './flow';

const store = memoryStore<FlowState>(START);

export const getFlowState = store.get;
export const setFlowState = store.set;
export const useFlowState = store.use;
