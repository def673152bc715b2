import { prioritiesSchema } from '../src/domain/priorities';
import { termCalendarSchema } from '../src/domain/term-calendar';
import { mouVersionSchema } from '../src/domain/mou';
import { contributionSchema } from '../src/domain/associates';
import {
  DEMO_ACADEMIC_YEAR,
  DEMO_CONTRIBUTIONS,
  DEMO_MOU,
  DEMO_PRIORITIES,
  demoTermCalendar,
} from './demo-governance-plan';

const ID = '11111111-1111-4111-8111-111111111111';

/** The demo must pass the same rules a user's input does, or `npm start` would fail half-way. */
describe('demo governance plan', () => {
  it.each([
    ['STATE', 0],
    ['STATE', 3],
    ['INDEPENDENT', 0],
    ['INDEPENDENT', 2],
  ] as const)('%s school %i: a valid 2026-27 calendar', (sector, n) => {
    const entries = demoTermCalendar(sector, n);
    expect(
      termCalendarSchema.safeParse({ partnerId: ID, academicYear: DEMO_ACADEMIC_YEAR, entries })
        .error,
    ).toBeUndefined();
    expect(entries.filter((e) => e.kind === 'INSET_DAY').length).toBeGreaterThan(0);
  });

  it('gives state and independent schools different holidays', () => {
    const holidays = (s: 'STATE' | 'INDEPENDENT') =>
      demoTermCalendar(s, 0)
        .filter((e) => e.kind === 'HOLIDAY')
        .map((e) => e.startsOn);
    expect(holidays('STATE')).not.toEqual(holidays('INDEPENDENT'));
  });

  it('has a valid MoU, priorities and contributions', () => {
    expect(mouVersionSchema.safeParse(DEMO_MOU).error).toBeUndefined();
    expect(
      prioritiesSchema.safeParse({ academicYear: DEMO_ACADEMIC_YEAR, priorities: DEMO_PRIORITIES })
        .error,
    ).toBeUndefined();
    for (const c of DEMO_CONTRIBUTIONS.flat())
      expect(
        contributionSchema.safeParse({ partnerId: ID, academicYear: DEMO_ACADEMIC_YEAR, ...c })
          .error,
      ).toBeUndefined();
  });
});
