import type { SwapStatus } from './swap-lifecycle';
import type { SwapScope } from './swap-permissions';

/** A teacher's completed swaps, as their CPD record counts them. */
export interface SwapCpd {
  readonly completedSwaps: number;
  readonly visited: number;
  readonly hosted: number;
  readonly days: number;
}

export interface SwapForCpd {
  readonly status: SwapStatus;
  readonly hostTeacherId: string;
  readonly visitingTeacherId: string;
  /** ISO dates, both days included */
  readonly startsOn: string;
  readonly endsOn: string;
}

/** A swap has happened once it is COMPLETED; REFLECTED is the same swap with both reflections. */
const HAPPENED: ReadonlySet<SwapStatus> = new Set<SwapStatus>(['COMPLETED', 'REFLECTED']);

const DAY_MS = 86_400_000;
function daysSpanned(startsOn: string, endsOn: string): number {
  return (
    Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS) +
    1
  );
}

/**
 * Counts the swaps a teacher took part in (visiting or hosting) that have happened, and the
 * days they spanned. Hosting counts as well as visiting: both teachers teach in the other sector's
 * way for those days, and both reflect.
 */
export function swapCpdOf(teacherId: string, swaps: readonly SwapForCpd[]): SwapCpd {
  let visited = 0;
  let hosted = 0;
  let days = 0;
  for (const swap of swaps) {
    if (!HAPPENED.has(swap.status)) continue;
    const isVisitor = swap.visitingTeacherId === teacherId;
    const isHost = swap.hostTeacherId === teacherId;
    if (!isVisitor && !isHost) continue;
    if (isVisitor) visited += 1;
    else hosted += 1;
    days += daysSpanned(swap.startsOn, swap.endsOn);
  }
  return { completedSwaps: visited + hosted, visited, hosted, days };
}

/**
 * Who sees a person's swap CPD record: the person, the head of their current school (from the
 * person projection; null when unknown) and the coordinator. It is about one teacher's
 * development, so a head of the other school of a swap does not see it.
 */
export function maySeeSwapCpd(
  scope: SwapScope,
  person: { readonly id: string; readonly partnerId: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'school-or-own':
      return (
        scope.selfId === person.id.toLowerCase() ||
        (scope.partnerId !== null && scope.partnerId === person.partnerId)
      );
    case 'none':
      return false;
  }
}
