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
};
