import { afterFailedSignIn, isLockedOut, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from './lockout';
import type { ThrottleState } from './lockout';

const t0 = new Date('2025-09-01T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in lock-out', () => {
  it(`locks on the ${MAX_FAILED_SIGN_INS}th wrong password in a row, for ${LOCKOUT_MS / 60000} minutes`, () => {
    let state: ThrottleState | null = null;
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      state = afterFailedSignIn(state, t0);
      expect(isLockedOut(state, t0)).toBe(false);
    }
    state = afterFailedSignIn(state, t0);
    expect(isLockedOut(state, t0)).toBe(true);
    expect(isLockedOut(state, later(LOCKOUT_MS - 1))).toBe(true);
    expect(isLockedOut(state, later(LOCKOUT_MS))).toBe(false);
  });

  it('counts afresh once a lock-out has passed', () => {
    const locked: ThrottleState = { failures: 0, lockedUntil: later(LOCKOUT_MS) };
    const next = afterFailedSignIn(locked, later(LOCKOUT_MS + 1));
    expect(next).toEqual({ failures: 1, lockedUntil: null });
  });
});
