// A short code for a window that says nothing about what the window is for, so a correction note
// in someone's clipboard or sent messages does not name a DV line. Stable for a given window id.
export function neutralCode(windowId: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bit
  for (const ch of windowId) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `W-${hash.toString(36).toUpperCase().padStart(7, '0')}`;
}
