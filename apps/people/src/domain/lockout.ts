/** Wrong passwords in a row before an e-mail address is locked. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

export function isLockedOut(state: ThrottleState | null, now: Date): boolean {
  return state?.lockedUntil != null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * After a wrong password: the count restarts once a lock-out has passed, and the fifth failure in
 * a row locks the address (correct passwords included) for LOCKOUT_MS.
 */
export function afterFailedSignIn(state: ThrottleState | null, now: Date): ThrottleState {
  const lockPassed = state?.lockedUntil != null && state.lockedUntil.getTime() <= now.getTime();
  const failures = (lockPassed || !state ? 0 : state.failures) + 1;
  if (failures >= MAX_FAILED_SIGN_INS) {
    return { failures: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
  }
  return { failures, lockedUntil: lockPassed ? null : (state?.lockedUntil ?? null) };
}
