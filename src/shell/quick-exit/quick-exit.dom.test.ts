import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_URL } from '../../config';
import { coverUp, onForget, quickExit, setCoverHandler } from './quick-exit';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('quickExit', () => {
  afterEach(() => {
    document.documentElement.classList.remove('qx-hidden');
    vi.restoreAllMocks();
  });

  it('hides and leaves at once, clears session storage at once, forgets memory just after', async () => {
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const forgot = vi.fn();
    const off = onForget(forgot);
    sessionStorage.setItem('probe', '1');
    quickExit();
    expect(document.documentElement.classList.contains('qx-hidden')).toBe(true);
    expect(sessionStorage.length).toBe(0);
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
    // Not in the same task: redrawing the forgotten app would hold up the hidden frame.
    expect(forgot).not.toHaveBeenCalled();
    await wait(150);
    expect(forgot).toHaveBeenCalledTimes(1);
    off();
  });

  it('does not forget again (and undo the cover) when the cover came up first', async () => {
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const forgot = vi.fn();
    const off = onForget(forgot);
    const cover = vi.fn();
    setCoverHandler(cover);
    quickExit();
    coverUp(); // e.g. a return through the back/forward cache before the deferred forget
    expect(forgot).toHaveBeenCalledTimes(1);
    expect(cover).toHaveBeenCalledTimes(1);
    await wait(150);
    expect(forgot).toHaveBeenCalledTimes(1);
    off();
  });
});
