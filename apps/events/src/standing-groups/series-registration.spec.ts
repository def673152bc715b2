import { planSeriesRegistrations, planSeriesWithdrawals } from './series-registration';

const now = new Date('2026-01-10T12:00:00Z');
const at = (day: number) => new Date(Date.UTC(2026, 0, day, 16));
const sessions = [
  { eventId: 's3', status: 'PUBLISHED', startsAt: at(17) },
  { eventId: 's1', status: 'COMPLETED', startsAt: at(3) },
  { eventId: 's2', status: 'PUBLISHED', startsAt: at(10) },
  { eventId: 's4', status: 'DRAFT', startsAt: at(24) },
];

describe('registering a member for a series', () => {
  it('plans every published session that has not started, soonest first', () => {
    expect(planSeriesRegistrations(sessions, [], now)).toEqual({
      register: ['s2', 's3'],
      held: [],
      started: ['s1'],
      notOpen: ['s4'],
    });
  });

  it('is idempotent: sessions already held are not planned again', () => {
    const plan = planSeriesRegistrations(
      sessions,
      [
        { id: 'r2', eventId: 's2', status: 'REGISTERED' },
        { id: 'r3', eventId: 's3', status: 'WAITLISTED' },
      ],
      now,
    );
    expect(plan.register).toEqual([]);
    expect(plan.held).toEqual(['s2', 's3']);
  });

  it('registers again for a session whose registration was cancelled', () => {
    expect(
      planSeriesRegistrations(sessions, [{ id: 'r3', eventId: 's3', status: 'CANCELLED' }], now)
        .register,
    ).toEqual(['s2', 's3']);
  });

  it('a session added later is planned for an existing member', () => {
    const later = [...sessions, { eventId: 's5', status: 'PUBLISHED', startsAt: at(31) }];
    const held = [
      { id: 'r2', eventId: 's2', status: 'REGISTERED' },
      { id: 'r3', eventId: 's3', status: 'REGISTERED' },
    ];
    expect(planSeriesRegistrations(later, held, now).register).toEqual(['s5']);
  });
});

describe('withdrawing a leaving member', () => {
  it('cancels places and queue places for sessions to come, keeps the past', () => {
    expect(
      planSeriesWithdrawals(
        sessions,
        [
          { id: 'r1', eventId: 's1', status: 'ATTENDED' },
          { id: 'r2', eventId: 's2', status: 'REGISTERED' },
          { id: 'r3', eventId: 's3', status: 'WAITLISTED' },
          { id: 'r4', eventId: 's4', status: 'CANCELLED' },
        ],
        now,
      ),
    ).toEqual(['r2', 'r3']);
  });
});
