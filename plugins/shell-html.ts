// Fills index.html's placeholders: neutral identity and exit settings come from src/config.ts and
// the Japanese exit words from locales/ja/common.json, never typed twice.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NEUTRAL_TITLE, NEUTRAL_URL } from '../src/config.ts';
import { CSP } from './headers.ts';

export function shellHtml(root: string): Plugin {
  const jaCommon = JSON.parse(readFileSync(`${root}locales/ja/common.json`, 'utf8')) as {
    exit: { label: string; skip: string };
  };
  return {
    name: 'madoguchi-shell-html',
    transformIndexHtml: (html) =>
      html
        .replaceAll('__CSP__', CSP)
        .replaceAll('__NEUTRAL_URL__', NEUTRAL_URL)
        .replaceAll('__NEUTRAL_TITLE__', NEUTRAL_TITLE)
        .replaceAll('__EXIT_LABEL__', jaCommon.exit.label)
        .replaceAll('__EXIT_SKIP__', jaCommon.exit.skip),
  };
}
