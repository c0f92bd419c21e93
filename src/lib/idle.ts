// WARNING: part of the main bundle.

// Long enough for a first tap's screen to load; short enough that start-up still finishes soon.
const IDLE_TIMEOUT_MS = 1500;

/**
 * Resolves when the page is idle (or after a short wait where there is no idle callback, e.g.
 * Safari): work that no tap waits for goes here, so it never competes with one.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 200);
  });
}
