import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataText } from './data-text';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: {
      en: { plan: { p: { '1': { title: 'Title', purpose: 'English purpose' } } } },
      es: { plan: { p: { '1': { title: 'Título' } } } },
      ur: { plan: { p: { '1': { title: 'عنوان' } } } },
    },
  });
});

describe('catalogue words in the reader language', () => {
  it('falls back to the Japanese original in Urdu, never to English', async () => {
    await i18next.changeLanguage('ur');
    expect(dataText('plan', 'p.1.title', '題')).toBe('عنوان');
    expect(dataText('plan', 'p.1.purpose', '目的')).toBe('目的');
  });

  it('falls back to English in the first translated locales', async () => {
    await i18next.changeLanguage('es');
    expect(dataText('plan', 'p.1.purpose', '目的')).toBe('English purpose');
  });

  it('is the data itself in Japanese', async () => {
    await i18next.changeLanguage('ja');
    expect(dataText('plan', 'p.1.title', '題')).toBe('題');
  });
});
