// WARNING: part of the main bundle.
// What the entry URL said, read once: ?lang= (a city page can link straight to a language) and the
// identity marker that each manifest's start_url carries (?app=…, tells an installed launch apart).
const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);

export const entry = {
  lang: params.get('lang'),
  app: params.get('app'),
};

/** Removes the query from the address without adding a history entry. */
export function cleanAddress(): void {
  if (location.search) history.replaceState(null, '', location.pathname);
}

/** An installed app's own window (launched from the home screen), not a browser tab. */
export function inInstalledWindow(): boolean {
  return (
    entry.app !== null ||
    ['standalone', 'fullscreen', 'minimal-ui'].some((m) => matchMedia(`(display-mode: ${m})`).matches)
  );
}
