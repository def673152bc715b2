import { SWAP_STATUSES, checkCoversSwap, proposedSwap, stepSwap } from './swap-lifecycle';
import type { SwapAction, SwapState, SwapStatus } from './swap-lifecycle';

const ACTIONS: SwapAction[] = [
  { kind: 'approve', side: 'HOST' },
  { kind: 'approve', side: 'VISITING' },
  { kind: 'confirmChecks', visitorCheckValid: true },
  { kind: 'schedule' },
  { kind: 'complete', started: true },
  { kind: 'reflect', side: 'HOST' },
  { kind: 'reflect', side: 'VISITING' },
  { kind: 'withdraw' },
];

function inStatus(status: SwapStatus, more: Partial<SwapState> = {}): SwapState {
  return { ...proposedSwap(), status, ...more };
}

/** The one status each action may start from (approve/reflect also stay in their target). */
const LEGAL_FROM: Record<SwapAction['kind'], readonly SwapStatus[]> = {
  approve: ['PROPOSED'],
  confirmChecks: ['APPROVED'],
  schedule: ['CHECKS_CONFIRMED'],
  complete: ['SCHEDULED'],
  reflect: ['COMPLETED', 'REFLECTED'],
  withdraw: ['PROPOSED', 'APPROVED', 'CHECKS_CONFIRMED', 'SCHEDULED'],
};

describe('stepSwap', () => {
  it('walks the whole safe path: both approvals, checks, scheduled, completed, both reflections', () => {
    let s = proposedSwap();
    const path: SwapAction[] = [
      { kind: 'approve', side: 'VISITING' },
      { kind: 'approve', side: 'HOST' },
      { kind: 'confirmChecks', visitorCheckValid: true },
      { kind: 'schedule' },
      { kind: 'complete', started: true },
      { kind: 'reflect', side: 'HOST' },
      { kind: 'reflect', side: 'VISITING' },
    ];
    const seen: SwapStatus[] = [];
    for (const action of path) {
      const step = stepSwap(s, action);
      if (!step.ok) throw new Error(`${action.kind}: ${step.message}`);
      s = step.next;
      seen.push(s.status);
    }
    expect(seen).toEqual([
      'PROPOSED',
      'APPROVED',
      'CHECKS_CONFIRMED',
      'SCHEDULED',
      'COMPLETED',
      'COMPLETED',
      'REFLECTED',
    ]);
  });

  // Every (status, action) pair: legal exactly where LEGAL_FROM says, refused with a typed code elsewhere.
  for (const status of SWAP_STATUSES) {
    for (const action of ACTIONS) {
      const legal = LEGAL_FROM[action.kind].includes(status);
      it(`${status} + ${action.kind}${'side' in action ? ` ${action.side}` : ''} is ${legal ? 'allowed' : 'refused'}`, () => {
        const step = stepSwap(inStatus(status), action);
        expect(step.ok).toBe(legal);
        if (!step.ok) expect(step.code).toBe('SWAP_STEP_NOT_ALLOWED');
      });
    }
  }

  it('needs both heads: one approval leaves the swap PROPOSED, the same school twice is ALREADY_DONE', () => {
    const once = stepSwap(proposedSwap(), { kind: 'approve', side: 'HOST' });
    expect(once).toMatchObject({ ok: true, next: { status: 'PROPOSED', hostApproved: true } });
    if (!once.ok) return;
    expect(stepSwap(once.next, { kind: 'approve', side: 'HOST' })).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
  });

  it('refuses to confirm checks without a valid check, and the swap stays APPROVED', () => {
    const approved = inStatus('APPROVED', { hostApproved: true, visitingApproved: true });
    expect(stepSwap(approved, { kind: 'confirmChecks', visitorCheckValid: false })).toMatchObject({
      ok: false,
      code: 'NO_VALID_CHECK',
    });
  });

  it('refuses a second reflection by the same teacher', () => {
    const s = inStatus('COMPLETED', { hostReflected: true });
    expect(stepSwap(s, { kind: 'reflect', side: 'HOST' })).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
    expect(stepSwap(s, { kind: 'reflect', side: 'VISITING' })).toMatchObject({
      ok: true,
      next: { status: 'REFLECTED' },
    });
  });

  it('refuses to complete a swap before its first day', () => {
    expect(stepSwap(inStatus('SCHEDULED'), { kind: 'complete', started: false })).toMatchObject({
      ok: false,
      code: 'SWAP_STEP_NOT_ALLOWED',
    });
  });

  it('refuses a reflection before completion', () => {
    expect(stepSwap(inStatus('SCHEDULED'), { kind: 'reflect', side: 'HOST' })).toMatchObject({
      ok: false,
      code: 'SWAP_STEP_NOT_ALLOWED',
    });
  });
});

describe('checkCoversSwap', () => {
  it('needs a check valid through the last day of the swap', () => {
    expect(checkCoversSwap('2027-03-14', '2027-03-14')).toBe(true);
    expect(checkCoversSwap('2027-03-13', '2027-03-14')).toBe(false);
    expect(checkCoversSwap(null, '2027-03-14')).toBe(false);
  });
});
