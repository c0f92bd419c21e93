import type { Channel, Window } from '../../data/schema';

export type Tel = Extract<Channel, { kind: 'tel' }>;

/** The number to offer on a card: a confirmed one, for everyone before one for a given audience. */
export function mainPhone(w: Window): Tel | undefined {
  const tels = w.channels.filter(
    (c): c is Tel => c.kind === 'tel' && c.number !== null && c.confidence !== 'unknown',
  );
  return tels.find((c) => !c.audience) ?? tels[0];
}
