// What "share help" sends: a neutral message and the bare site address (no path, no query, no
// fragment, nothing about the sender).
export interface SharePayload {
  text: string;
  url: string;
}

export function sharePayload(message: string, location: string): SharePayload {
  return { text: message, url: new URL(location).origin };
}

/** The one string used when the device has no share sheet and the message is copied instead. */
export const copyText = (p: SharePayload): string => `${p.text}\n${p.url}`;
