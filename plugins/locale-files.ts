// Locale files as static JSON under /locales/<lng>/<ns>.json (fetched on demand, precached): the
// Japanese shell strings are bundled instead. In dev the same paths are served from locales/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { PSEUDO_LOCALE, pseudoTree } from './pseudo-locale.ts';
import { withClockWords } from './clock-words.ts';

export function localeFiles(root: string, pseudo = false): Plugin {
  const dir = `${root}locales`;
  return {
    name: 'madoguchi-locale-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/locales\/([\w-]+)\/([\w-]+)\.json$/.exec(req.url?.split('?')[0] ?? '');
        const file = m ? `${dir}/${m[1]}/${m[2]}.json` : null;
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        res.end(JSON.stringify(m![2] === 'common' ? withClockWords(m![1], data) : data));
      });
    },
    generateBundle() {
      for (const lng of readdirSync(dir)) {
        for (const file of readdirSync(`${dir}/${lng}`).filter((f) => f.endsWith('.json'))) {
          const text = readFileSync(`${dir}/${lng}/${file}`, 'utf8');
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch (err) {
            throw new Error(`locales/${lng}/${file}: not valid JSON (${(err as Error).message})`, {
              cause: err,
            });
          }
          const common = file === 'common.json';
          const words = (code: string, tree: unknown) =>
            JSON.stringify(common ? withClockWords(code, tree as Record<string, unknown>) : tree);
          this.emitFile({ type: 'asset', fileName: `locales/${lng}/${file}`, source: words(lng, data) });
          if (pseudo && lng === 'en')
            this.emitFile({
              type: 'asset',
              fileName: `locales/${PSEUDO_LOCALE}/${file}`,
              source: words(PSEUDO_LOCALE, pseudoTree(data)),
            });
        }
      }
    },
  };
}
