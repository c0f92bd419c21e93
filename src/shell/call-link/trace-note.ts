// WARNING: part of the main bundle.
// Whether the reader has seen the note on what a call, link or message leaves behind, in this
// visit only. A message (chat, e-mail, LINE) leaves other traces than a call, so it has its own.
import { onForget } from '../quick-exit/quick-exit';

export type TraceKind = 'call' | 'link' | 'message';

const seen = new Set<TraceKind>();
onForget(() => {
  seen.clear();
});

/** Calls and links share one note (as before); messages have their own. */
const group = (kind: TraceKind): TraceKind => (kind === 'message' ? 'message' : 'call');

export const traceNoteSeen = (kind: TraceKind = 'call'): boolean => seen.has(group(kind));
export function markTraceNoteSeen(kind: TraceKind = 'call'): void {
  seen.add(group(kind));
}
