import { carriedOverActions } from './action-carry-over';

const m1 = { id: 'm1', startsAt: new Date('2025-09-10T16:00:00Z') };
const m2 = { id: 'm2', startsAt: new Date('2025-11-05T16:00:00Z') };
const m3 = { id: 'm3', startsAt: new Date('2026-01-14T16:00:00Z') };
const meetings = [m3, m1, m2];

describe('open actions carry over to later meetings until closed', () => {
  const actions = [
    { id: 'a-open-m1', meetingId: 'm1', status: 'OPEN' as const },
    { id: 'a-done-m1', meetingId: 'm1', status: 'DONE' as const },
    { id: 'a-dropped-m1', meetingId: 'm1', status: 'DROPPED' as const },
    { id: 'a-open-m2', meetingId: 'm2', status: 'OPEN' as const },
    { id: 'a-open-m3', meetingId: 'm3', status: 'OPEN' as const },
  ];

  it('the first meeting carries nothing over', () => {
    expect(carriedOverActions(m1, meetings, actions)).toEqual([]);
  });

  it('a later meeting carries the open actions of every earlier one, oldest first', () => {
    expect(carriedOverActions(m3, meetings, actions).map((a) => a.id)).toEqual([
      'a-open-m1',
      'a-open-m2',
    ]);
  });

  it('an action set at the meeting itself, or a later one, is not carried over to it', () => {
    expect(carriedOverActions(m2, meetings, actions).map((a) => a.id)).toEqual(['a-open-m1']);
  });

  it('closing an action stops it carrying over', () => {
    const closed = actions.map((a) =>
      a.id === 'a-open-m1' ? { ...a, status: 'DONE' as const } : a,
    );
    expect(carriedOverActions(m3, meetings, closed).map((a) => a.id)).toEqual(['a-open-m2']);
  });

  it('ignores actions of meetings of other groups', () => {
    expect(
      carriedOverActions(m3, meetings, [{ id: 'x', meetingId: 'elsewhere', status: 'OPEN' }]),
    ).toEqual([]);
  });
});
