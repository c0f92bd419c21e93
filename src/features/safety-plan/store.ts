// The safety plan lives in memory (gone on quick exit and when the tab closes). It is written to
// the device only when the person chose to keep it, which needs "remember" and an unlock code.
import type { SafetyPlanRecord } from '../../lib/safety-plan-record';
import { currentPrefs, mayKeepSafetyPlan, setPref } from '../../shell/device/prefs-state';
import { memoryStore } from '../../shell/memory-store';
import { onForget } from '../../shell/quick-exit/quick-exit';
import { EMPTY_PLAN } from './plan-state';

const plan = memoryStore<SafetyPlanRecord>(EMPTY_PLAN);
let loadedKept = false;
onForget(() => {
  loadedKept = false;
});

export const isKept = (): boolean => mayKeepSafetyPlan() && !!currentPrefs().safetyPlan;

/** The plan and a way to change it; a kept plan is read once, and every change is kept too. */
export function useSafetyPlan(): [
  SafetyPlanRecord,
  (change: (p: SafetyPlanRecord) => SafetyPlanRecord) => void,
] {
  if (!loadedKept) {
    loadedKept = true;
    const kept = currentPrefs().safetyPlan;
    if (kept && mayKeepSafetyPlan()) plan.set(kept);
  }
  const [value, update] = plan.use();
  return [
    value,
    (change) => {
      update(change);
      if (isKept()) void setPref('safetyPlan', plan.get());
    },
  ];
}

/** Keep the plan on this device, or delete the kept copy (the plan stays for this visit). */
export function keepOnDevice(on: boolean): Promise<void> {
  return setPref('safetyPlan', on ? plan.get() : undefined);
}
