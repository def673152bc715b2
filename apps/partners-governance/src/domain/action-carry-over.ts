export interface ActionLine {
  id: string;
  meetingId: string;
  status: 'OPEN' | 'DONE' | 'DROPPED';
}

export interface MeetingLine {
  id: string;
  startsAt: Date;
}

/**
 * The actions a meeting carries over: the group's actions set at EARLIER meetings that are still
 * open. An action closed (DONE or DROPPED) stops carrying over; one set at this meeting or a later
 * one is not carried over to it. Ordered by the meeting that set them, oldest first.
 */
export function carriedOverActions<A extends ActionLine>(
  meeting: MeetingLine,
  groupMeetings: readonly MeetingLine[],
  groupActions: readonly A[],
): A[] {
  const startOf = new Map(groupMeetings.map((m) => [m.id, m.startsAt.getTime()]));
  const at = meeting.startsAt.getTime();
  return groupActions
    .filter((a) => a.status === 'OPEN' && a.meetingId !== meeting.id)
    .filter((a) => {
      const set = startOf.get(a.meetingId);
      return set !== undefined && set < at;
    })
    .sort((x, y) => (startOf.get(x.meetingId) ?? 0) - (startOf.get(y.meetingId) ?? 0));
}
