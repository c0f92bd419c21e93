// Fills index.html's placeholders: neutral identity and exit settings come from src/config.ts and
// the exit words from locales/<lng>/common.json, never typed twice. In a build the exit words are
// filled per start page by plugins/start-pages.ts (one page per locale); the dev server gets Japanese.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NEUTRAL_TITLE, NEUTRAL_URL } from '../src/config.ts';
import { CSP } from './headers.ts';

export interface ExitWords {
  label: string;
  where: string;
  skip: string;
}

export function readExitWords(root: string, code: string): ExitWords {
  const common = JSON.parse(readFileSync(`${root}locales/${code}/common.json`, 'utf8')) as {
    exit: ExitWords;
  };
  return common.exit;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function fillExitWords(html: string, words: ExitWords): string {
  return html
    .replaceAll('__EXIT_LABEL__', escapeHtml(words.label))
    .replaceAll('__EXIT_WHERE__', escapeHtml(words.where))
    .replaceAll('__EXIT_SKIP__', escapeHtml(words.skip));
}

export function shellHtml(root: string): Plugin {
  let serving = false;
  return {
    name: 'madoguchi-shell-html',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml: (html) => {
      const filled = html
        .replaceAll('__CSP__', CSP)
        .replaceAll('__NEUTRAL_URL__', NEUTRAL_URL)
        .replaceAll('__NEUTRAL_TITLE__', NEUTRAL_TITLE);
      return serving ? fillExitWords(filled, readExitWords(root, 'ja')) : filled;
    },
  };
}
