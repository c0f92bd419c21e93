// A safety plan is kept only with "remember" on and an unlock code set; otherwise it is refused or dropped.
import { describe, expect, it } from 'vitest';
import { currentPrefs, mayKeepSafetyPlan, restorePrefs, setPref } from './prefs-state';

const plan = { ticked: ['talk'], own: [] };

describe('keeping a safety plan', () => {
  it('is refused while not remembering', async () => {
    restorePrefs({});
    expect(mayKeepSafetyPlan()).toBe(false);
    await setPref('safetyPlan', plan);
    expect(currentPrefs().safetyPlan).toBeUndefined();
  });

  it('is refused when remembering without an unlock code', async () => {
    restorePrefs({ coverOnHide: true });
    expect(mayKeepSafetyPlan()).toBe(false);
    await setPref('safetyPlan', plan);
    expect(currentPrefs().safetyPlan).toBeUndefined();
  });

  it('is allowed with remember and an unlock code', async () => {
    restorePrefs({ coverOnHide: true, unlockCode: '2580' });
    expect(mayKeepSafetyPlan()).toBe(true);
    await setPref('safetyPlan', plan);
    expect(currentPrefs().safetyPlan).toEqual(plan);
  });

  it('a stored plan without an unlock code is dropped at start-up', () => {
    restorePrefs({ coverOnHide: true, safetyPlan: plan });
    expect(currentPrefs().safetyPlan).toBeUndefined();
  });
});
