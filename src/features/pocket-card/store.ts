// The card's choices for this visit only: never written to the device, forgotten on quick exit.
import { memoryStore } from '../../shell/memory-store';

export interface CardChoices {
  /** Window ids on the card; null until the person changes the list (then: saved windows). */
  picked: string[] | null;
  labels: Record<string, string>;
  heading: string | null;
  size: 'a4' | 'card';
}

export const cardChoices = memoryStore<CardChoices>({
  picked: null,
  labels: {},
  heading: null,
  size: 'card',
});
