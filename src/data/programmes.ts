// The plan's 57 programmes (validated at build time), for the plan browser only.
import programmesJson from './programmes.json';
import type { Programme } from './schema';

export const programmes = programmesJson as unknown as Programme[];
