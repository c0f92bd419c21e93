// WARNING: part of the main bundle.
// Whether the reader has seen the note on what a call or link leaves behind, in this visit only.
import { onForget } from '../quick-exit/quick-exit';

let seen = false;
onForget(() => {
  seen = false;
});

export const traceNoteSeen = (): boolean => seen;
export function markTraceNoteSeen(): void {
  seen = true;
}
