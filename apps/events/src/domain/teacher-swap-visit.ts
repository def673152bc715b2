import type { Aim } from './event';

/** What the programme shows for a scheduled teacher swap (from teacher-swap's SwapScheduled). */
export interface TeacherSwapVisit {
  title: string;
  /** Local times (Europe/London) on the first and last day: a school day. */
  startsOn: string;
  startsAtLocalTime: string;
  endsOn: string;
  endsAtLocalTime: string;
  aims: Aim[];
  /** The one place is the visiting teacher's: the visit is shown, not opened for registration. */
  capacity: number;
}

const MAX_TITLE = 200;
export const SCHOOL_DAY_STARTS = '08:30';
export const SCHOOL_DAY_ENDS = '16:00';

/**
 * A swap becomes a TEACHER_SWAP_VISIT for teachers at the host school, over the swap's days. The
 * title names the subjects only: SwapScheduled carries no names, and the programme is public to
 * every signed-in caller.
 */
export function teacherSwapVisit(swap: {
  startsOn: string;
  endsOn: string;
  subjects: readonly string[];
}): TeacherSwapVisit {
  const title = `Teacher swap visit: ${swap.subjects.join(', ')}`;
  return {
    title: title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`,
    startsOn: swap.startsOn,
    startsAtLocalTime: SCHOOL_DAY_STARTS,
    endsOn: swap.endsOn,
    endsAtLocalTime: SCHOOL_DAY_ENDS,
    // Crossing sectors to see another school's practice is the partnership's first aim.
    aims: ['WIDENING_HORIZONS'],
    capacity: 1,
  };
}

/**
 * What registrants of a cancelled visit are told. SwapWithdrawn's own reason is a teacher's free
 * text (an illness, a family matter) and stays in teacher-swap.
 */
export const SWAP_WITHDRAWN_REASON = 'The teacher swap was withdrawn.';
