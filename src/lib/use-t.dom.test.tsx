import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { i18next, i18nReady } from './i18n';
import { useT } from './use-t';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('useT', () => {
  it('redraws when its own words arrive, not when another screen’s do', async () => {
    await i18nReady;
    let renders = 0;
    function Shows() {
      const t = useT(['selfcheck']);
      renders++;
      return <p>{t('title')}</p>;
    }
    const root = document.createElement('div');
    render(<Shows />, root);
    await settle();
    expect(i18next.hasLoadedNamespace('selfcheck')).toBe(true);
    expect(root.textContent).not.toBe('title'); // its words, not the raw key
    const before = renders;
    await i18next.loadNamespaces(['share-help']); // another screen's words
    await settle();
    expect(renders).toBe(before);
    await i18next.reloadResources(['ja'], ['selfcheck']); // its own words (again)
    await settle();
    expect(renders).toBeGreaterThan(before);
  });
});
