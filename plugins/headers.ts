// Security headers for static hosts. public/_headers and the README's nginx snippet carry the same
// values (a unit test keeps them equal); `npm start` serves them too.
import { TILE_ORIGIN } from '../src/tiles-config.ts';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${TILE_ORIGIN}`,
  // The service worker fetches (and caches) tiles for the page, so it needs connect-src too.
  `connect-src 'self' ${TILE_ORIGIN}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'camera=(), microphone=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=(), browsing-topics=(), geolocation=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
