import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_URL } from '../../config';
import { bindQuickExit } from './bind';
import { revealCover } from './quick-exit';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Pressed (nothing in <body> shows, the control still takes the tap) or hidden (the exit has begun).
const hidden = () => document.body.style.opacity === '0' || exited();
const exited = () => document.documentElement.classList.contains('qx-hidden');
const press = (el: Element, type: string, init: PointerEventInit = {}) =>
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, isPrimary: true, button: 0, ...init }));

describe('a press on the exit control', () => {
  let unbind: () => void;
  let link: HTMLAnchorElement;
  let other: HTMLButtonElement;
  let replace: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    document.body.innerHTML = `<a href="${NEUTRAL_URL}" data-qx><span>Exit</span></a><button>other</button>`;
    link = document.querySelector('a')!;
    other = document.querySelector('button')!;
    document.title = 'Help';
    replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    unbind = bindQuickExit(() => ({ shift: () => '', escape: () => '', expired: () => '' }));
  });
  afterEach(() => {
    unbind();
    document.documentElement.classList.remove('qx-hidden', 'qx-pressed');
    document.body.style.opacity = '';
    vi.restoreAllMocks();
  });

  it('hides the page at once, before the click; the click leaves', () => {
    press(link.querySelector('span')!, 'pointerdown');
    expect(hidden()).toBe(true);
    // The title is the neutral identity's already: a press leaves it (the exit blanks it).
    expect(document.title).toBe('Help');
    expect(replace).not.toHaveBeenCalled();
    press(link, 'pointerup');
    link.click();
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
    expect(exited()).toBe(true);
    expect(document.title).not.toBe('Help');
  });

  it('shows the page again when the press becomes a scroll', () => {
    press(link, 'pointerdown');
    press(link, 'pointercancel');
    expect(hidden()).toBe(false);
    expect(document.title).toBe('Help');
    expect(replace).not.toHaveBeenCalled();
  });

  it('shows the page again when the press is let go and no click follows', async () => {
    press(link, 'pointerdown');
    press(link, 'pointerup');
    expect(hidden()).toBe(true);
    await wait(600);
    expect(hidden()).toBe(false);
    expect(document.title).toBe('Help');
  });

  it('stays hidden after a real exit, whatever pointer events come later', async () => {
    press(link, 'pointerdown');
    press(link, 'pointerup');
    link.click();
    press(link, 'pointercancel');
    await wait(600);
    expect(exited()).toBe(true);
  });

  it('a press that ends under the cover (back to a kept page) leaves the cover visible', () => {
    press(link, 'pointerdown');
    // happy-dom's PageTransitionEvent ignores `persisted`.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    revealCover();
    expect(hidden()).toBe(false);
  });

  it('ignores presses elsewhere, secondary buttons and extra fingers', () => {
    press(other, 'pointerdown');
    press(link, 'pointerdown', { button: 2 });
    press(link, 'pointerdown', { isPrimary: false });
    expect(hidden()).toBe(false);
  });
});
