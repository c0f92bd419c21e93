// Which numbers work from any phone. #-numbers (#8008, #7171…) and 0570 navigation-dial numbers
// fail from many IP, Hikari and 050 phones; a regular or 0120 number is the safer line to offer
// when someone needs a line that will connect.
import type { Channel, Window } from '../data/schema';

export const isHashNumber = (n: string): boolean => n.startsWith('#');

/** A regular or 0120 number that no source says fails from IP phones. */
export function dialableFromAnyPhone(c: Channel): boolean {
  if (c.kind !== 'tel' || !c.number || c.confidence === 'unknown') return false;
  if (!/^0\d/.test(c.number) || c.number.startsWith('0570')) return false;
  return c.ipPhones !== 'fail' && c.ipPhones !== 'some-fail';
}

/** The number to name when `number` does not connect: the window's own sourced one, else none. */
export function ownFallback(w: Window, hashChannel: Channel): Channel | undefined {
  if (hashChannel.kind !== 'tel' || !hashChannel.number || !isHashNumber(hashChannel.number))
    return undefined;
  return w.channels.find((c) => c !== hashChannel && dialableFromAnyPhone(c));
}
