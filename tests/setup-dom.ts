import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { readFileSync, existsSync } from 'node:fs';

// The app fetches locale files from /locales/ (copied there by the build); in component tests they
// are read from the source folder. Installed before any test module loads i18next.
{
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const m = /\/locales\/([\w-]+)\/([\w-]+)\.json/.exec(url);
    if (!m) return realFetch(input, init);
    const file = `locales/${m[1]}/${m[2]}.json`;
    return Promise.resolve(
      existsSync(file)
        ? new Response(readFileSync(file, 'utf8'), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          })
        : new Response('not found', { status: 404 }),
    );
  };
}

afterEach(() => cleanup());
