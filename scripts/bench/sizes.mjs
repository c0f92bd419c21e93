// Sizes from the production build: the JS before the first paint, each lazy chunk, the precache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export function measureSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const shell = closure(entryKey);
  const firstPaintJs = [...shell].reduce((n, k) => n + gz(dist, manifest[k].file), 0);
  const lazy = Object.entries(manifest)
    .filter(
      ([k, c]) => !shell.has(k) && c.file.endsWith('.js') && !c.src?.includes('preact-render-to-string'),
    )
    .map(([, c]) => ({ file: c.file, gzip: gz(dist, c.file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]))];
  const precacheGzip = precached.reduce((n, f) => n + gz(dist, f), 0);
  const precacheRaw = precached.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
  return { firstPaintJs, lazy, precacheFiles: precached.length, precacheGzip, precacheRaw };
}
