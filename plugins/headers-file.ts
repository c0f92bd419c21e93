// The text of public/_headers (Netlify / Cloudflare Pages format), from plugins/headers.ts.
import { SECURITY_HEADERS } from './headers';

export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push('/sw.js', '  Cache-Control: no-cache', '');
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('headers-file.ts')) process.stdout.write(headersFile());
