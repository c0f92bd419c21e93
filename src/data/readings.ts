// Kana readings of the windows' official names, for やさしい日本語 readers (romaji is in the
// window itself). Kept apart from the windows so corrections to either never collide.
import readingsJson from './readings.json';

const readings = readingsJson as Record<string, string>;

export const kanaReading = (id: string): string | undefined => readings[id];
