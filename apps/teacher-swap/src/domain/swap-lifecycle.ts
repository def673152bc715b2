/**
 * A swap's lifecycle as a pure state machine. A swap puts a teacher into another school with
 * children, so the only way to SCHEDULED runs through both heads' approval and the host school's
 * written confirmation of the visitor's checks; nothing here can skip a step.
 *
 * PROPOSED → APPROVED (both heads) → CHECKS_CONFIRMED → SCHEDULED → COMPLETED → REFLECTED (both
 * teachers), or WITHDRAWN (with a reason) at any point before it has happened.
 */
export const SWAP_STATUSES = [
  'PROPOSED',
  'APPROVED',
  'CHECKS_CONFIRMED',
  'SCHEDULED',
  'COMPLETED',
  'REFLECTED',
  'WITHDRAWN',
] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];

/** The two schools (and teachers) of a swap: the visitor goes to the host. */
export type SwapSide = 'HOST' | 'VISITING';

export interface SwapState {
  readonly status: SwapStatus;
  readonly hostApproved: boolean;
  readonly visitingApproved: boolean;
  readonly hostReflected: boolean;
  readonly visitingReflected: boolean;
}

export type SwapAction =
  | { readonly kind: 'approve'; readonly side: SwapSide }
  | { readonly kind: 'confirmChecks'; readonly visitorCheckValid: boolean }
  | { readonly kind: 'schedule' }
  /** `started`: the swap's first day has come (UK date), so the visit can have happened */
  | { readonly kind: 'complete'; readonly started: boolean }
  | { readonly kind: 'reflect'; readonly side: SwapSide }
  | { readonly kind: 'withdraw' };

export type SwapStepRefusal = 'SWAP_STEP_NOT_ALLOWED' | 'ALREADY_DONE' | 'NO_VALID_CHECK';

export type SwapStep =
  | { readonly ok: true; readonly next: SwapState }
  | { readonly ok: false; readonly code: SwapStepRefusal; readonly message: string };

/** Statuses a swap can still be withdrawn from: it has not happened yet. */
export const WITHDRAWABLE: readonly SwapStatus[] = [
  'PROPOSED',
  'APPROVED',
  'CHECKS_CONFIRMED',
  'SCHEDULED',
];

export function proposedSwap(): SwapState {
  return {
    status: 'PROPOSED',
    hostApproved: false,
    visitingApproved: false,
    hostReflected: false,
    visitingReflected: false,
  };
}

function notNow(state: SwapState, what: string): SwapStep {
  return {
    ok: false,
    code: 'SWAP_STEP_NOT_ALLOWED',
    message: `a ${state.status} swap cannot be ${what}`,
  };
}

/** What `action` does to a swap in `state`: its next state, or why it is refused. */
export function stepSwap(state: SwapState, action: SwapAction): SwapStep {
  switch (action.kind) {
    case 'approve': {
      if (state.status !== 'PROPOSED') return notNow(state, 'approved');
      const already = action.side === 'HOST' ? state.hostApproved : state.visitingApproved;
      if (already)
        return { ok: false, code: 'ALREADY_DONE', message: 'this school has already approved' };
      const hostApproved = state.hostApproved || action.side === 'HOST';
      const visitingApproved = state.visitingApproved || action.side === 'VISITING';
      const status = hostApproved && visitingApproved ? 'APPROVED' : 'PROPOSED';
      return { ok: true, next: { ...state, hostApproved, visitingApproved, status } };
    }
    case 'confirmChecks':
      if (state.status !== 'APPROVED') return notNow(state, 'confirmed (both heads approve first)');
      if (!action.visitorCheckValid)
        return {
          ok: false,
          code: 'NO_VALID_CHECK',
          message: 'the visiting teacher has no safeguarding check valid for the whole swap',
        };
      return { ok: true, next: { ...state, status: 'CHECKS_CONFIRMED' } };
    case 'schedule':
      if (state.status !== 'CHECKS_CONFIRMED')
        return notNow(state, 'scheduled (the host confirms the checks first)');
      return { ok: true, next: { ...state, status: 'SCHEDULED' } };
    case 'complete':
      if (state.status !== 'SCHEDULED') return notNow(state, 'completed');
      if (!action.started)
        return {
          ok: false,
          code: 'SWAP_STEP_NOT_ALLOWED',
          message: 'a swap cannot be completed before its first day',
        };
      return { ok: true, next: { ...state, status: 'COMPLETED' } };
    case 'reflect': {
      if (state.status !== 'COMPLETED' && state.status !== 'REFLECTED')
        return notNow(state, 'reflected on (it has not happened yet)');
      const already = action.side === 'HOST' ? state.hostReflected : state.visitingReflected;
      if (already)
        return { ok: false, code: 'ALREADY_DONE', message: 'this teacher has already reflected' };
      const hostReflected = state.hostReflected || action.side === 'HOST';
      const visitingReflected = state.visitingReflected || action.side === 'VISITING';
      const status = hostReflected && visitingReflected ? 'REFLECTED' : 'COMPLETED';
      return { ok: true, next: { ...state, hostReflected, visitingReflected, status } };
    }
    case 'withdraw':
      if (!WITHDRAWABLE.includes(state.status))
        return notNow(state, 'withdrawn (only before it happens)');
      return { ok: true, next: { ...state, status: 'WITHDRAWN' } };
  }
}

/**
 * The visiting teacher may be in the host school on every day of the swap: their check is valid
 * through its last day (`clearedUntil` is an inclusive ISO date, null when no check is valid).
 */
export function checkCoversSwap(clearedUntil: string | null, endsOn: string): boolean {
  return clearedUntil !== null && clearedUntil >= endsOn;
}
