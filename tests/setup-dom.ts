import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// Lazy parts (the questionnaire's urgent block, its results) import the catalogue, which vitest
// transforms on first use: seconds on a fresh clone on a busy 2-core machine. That is the test
// tool's time, not the app's (speed is measured in scripts/bench), so waits allow for it.
configure({ asyncUtilTimeout: 5000 });
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
