// The only third-party host the app may ever contact, and only after the reader switches map
// tiles on. GSI (国土地理院) tiles: free to use with attribution, no Referer required, so they work
// under Referrer-Policy: no-referrer. Allow-listed in the CSP from here.
export const TILE_ORIGIN = 'https://cyberjapandata.gsi.go.jp';
export const TILE_URL = `${TILE_ORIGIN}/xyz/std/{z}/{x}/{y}.png`;
export const TILE_ATTRIBUTION_URL = 'https://maps.gsi.go.jp/development/ichiran.html';
