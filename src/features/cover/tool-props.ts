/** What every cover tool gets from the cover screen. */
export interface CoverToolProps {
  /**
   * Called with what the reader entered each time they commit an entry ("=", convert, start).
   * The tool never learns whether it matched, so a wrong code looks exactly like normal use.
   */
  onUnlockAttempt: (code: string) => void;
}

/** Full-width digits (Japanese IME) count as the same code as ASCII ones. */
export function committedDigits(raw: string): string {
  return raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
