// How a person reaches each screen from the start screen. Shared by the accessibility, history and
// privacy tests so every screen is covered by all three.
import type { Page } from 'playwright-core';

async function entry(page: Page, screen: string) {
  await page.click(`.entries [data-screen="${screen}"]`);
  await page.waitForSelector('main h1');
}

export const SCREENS: Record<string, (page: Page) => Promise<void>> = {
  home: async () => {},
  language: async (p) => {
    await p.click('.app-header .header-button');
    await p.waitForSelector('.choice-list');
  },
  finder: async (p) => {
    await entry(p, 'finder');
    await p.waitForSelector('.window-card');
  },
  window: async (p) => {
    await entry(p, 'finder');
    await p.click('[data-window="dv-plus"] .card-link');
    await p.waitForSelector('.window-detail');
  },
  'window-unknown': async (p) => {
    await entry(p, 'finder');
    await p.click('[data-window="city-dv-centre"] .card-link');
    await p.waitForSelector('.window-detail');
  },
  settings: async (p) => {
    await entry(p, 'settings');
    await p.waitForSelector('.settings');
  },
  plan: async (p) => {
    await entry(p, 'plan');
    await p.waitForSelector('.programme');
  },
  questionnaire: async (p) => {
    await entry(p, 'questionnaire');
    await p.waitForSelector('.q-options');
  },
  'questionnaire-results': async (p) => {
    await entry(p, 'questionnaire');
    await p.waitForSelector('.q-options');
    // Skip every question: the results must still help.
    for (let i = 0; i < 10 && (await p.locator('.q-results').count()) === 0; i++) {
      await p.click('.q-actions .secondary-button >> nth=-1');
    }
    await p.waitForSelector('.q-results');
  },
  'questionnaire-no-speaking': async (p) => {
    await entry(p, 'questionnaire');
    // Skip to the needs question, then "I can't talk on the phone right now": ways to write, and the note.
    while ((await p.locator('.q-options input[value="cant-talk-now"]').count()) === 0) {
      await p.click('.q-actions .secondary-button >> nth=-1');
      await p.waitForSelector('.q-options');
    }
    await p.check('.q-options input[value="cant-talk-now"]');
    await p.click('.q-actions button[type="submit"]');
    await p.waitForSelector('[data-testid="no-speaking"]');
  },
  selfcheck: async (p) => {
    await entry(p, 'selfcheck');
    await p.waitForSelector('main h1');
  },
  map: async (p) => {
    await entry(p, 'map');
    await p.waitForSelector('.leaflet-container');
  },
  safety: async (p) => {
    await entry(p, 'safety');
    await p.waitForSelector('main h2');
  },
  phrases: async (p) => {
    await p.click('.line-card[data-window="dv-plus"] [data-phrases]');
    await p.waitForSelector('.phrases .phrase');
  },
  'phrases-110': async (p) => {
    await p.click('.danger [data-phrases="police-110"]');
    await p.waitForSelector('[data-testid="address-field"]');
  },
  'safety-plan': async (p) => {
    await entry(p, 'safety-plan');
    await p.waitForSelector('.sp-steps');
  },
  'pocket-card': async (p) => {
    await entry(p, 'pocket-card');
    await p.waitForSelector('.pocket-card');
  },
  'pocket-card-filled': async (p) => {
    await entry(p, 'pocket-card');
    await p.check('[data-pick="dv-plus"]');
    await p.check('[data-pick="police-110"]');
    await p.waitForSelector('.pocket-card li');
  },
  'share-help': async (p) => {
    await entry(p, 'share-help');
    await p.waitForSelector('[data-testid="share-message"]');
  },
};
