// What the map remembers while the app is open: the ward chosen and whether the reader switched the
// detailed map (online tiles) on. Memory only, never storage; the quick exit forgets it. The shared
// position is deliberately not here: it lives and dies with the map screen.
import { onForget } from '../../shell/quick-exit/quick-exit';

export interface MapMemory {
  ward: string | null;
  tilesOn: boolean;
}

const EMPTY: MapMemory = { ward: null, tilesOn: false };
let memory: MapMemory = EMPTY;

export const recallMap = (): MapMemory => memory;

export function rememberMap(patch: Partial<MapMemory>): void {
  memory = { ...memory, ...patch };
}

onForget(() => {
  memory = EMPTY;
});
