import { describe, expect, it } from 'vitest';
import { back, current, go, initialNavigation, reset } from './navigation';

describe('in-memory navigation', () => {
  it('goes forward and back without leaving the first screen', () => {
    let nav = initialNavigation();
    nav = go(nav, { name: 'language' });
    nav = go(nav, { name: 'window', id: 'dv-plus' });
    expect(current(nav)).toEqual({ name: 'window', id: 'dv-plus' });
    nav = back(nav);
    expect(current(nav)).toEqual({ name: 'language' });
    nav = back(back(back(nav)));
    expect(current(nav)).toEqual({ name: 'home' });
    expect(reset({ name: 'cover' }).stack).toEqual([{ name: 'cover' }]);
  });
});
