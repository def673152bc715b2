import { DEMO_PARTNERS } from './demo-data';
import {
  attendeesOf,
  defaultFirstDay,
  eventKey,
  personKey,
  planPeople,
  planProgramme,
} from './demo-plan';
import type { SeededPartner } from './demo-plan';

const partners: SeededPartner[] = DEMO_PARTNERS.map((p, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: p.name,
  kind: p.kind,
}));

describe('the demo plan', () => {
  it('gives every planned person a distinct natural key, so a re-run finds each one again', () => {
    const plan = planPeople(partners);
    expect(plan).toHaveLength(1 + 7 * 25 + 3 + 2);
    expect(new Set(plan.map(personKey)).size).toBe(plan.length);
    const emails = plan.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    expect(plan.filter((p) => p.yearGroup !== null).every((p) => p.email === null)).toBe(true);
  });

  it('plans the same people whatever was created before (names follow the plan, not a counter)', () => {
    expect(planPeople(partners)).toEqual(planPeople(partners));
  });

  it('keys roles independently of their order', () => {
    const p = { partnerId: 'a', displayName: 'Ella Fordwich', yearGroup: null };
    expect(personKey({ ...p, roles: ['TEACHER', 'CHAMPION'] })).toBe(
      personKey({ ...p, roles: ['CHAMPION', 'TEACHER'] }),
    );
  });

  it('plans 33 distinct events a week apart from the stored first day, some left as drafts', () => {
    const first = defaultFirstDay(new Date('2026-01-05T15:00:00Z'));
    expect(first.toISOString()).toBe('2026-01-12T09:30:00.000Z');
    const plan = planProgramme(partners, first);
    expect(plan).toHaveLength(33);
    expect(new Set(plan.map(eventKey)).size).toBe(33);
    expect(plan[1].startsAt.getTime() - plan[0].startsAt.getTime()).toBe(7 * 86400000);
    expect(plan.filter((e) => !e.publish).length).toBe(5);
    // a run on a later day with the same stored first day plans the same programme
    expect(planProgramme(partners, new Date(first)).map(eventKey)).toEqual(plan.map(eventKey));
  });

  it('gives some published student events a per-school quota that never turns anyone away', () => {
    const plan = planProgramme(partners, defaultFirstDay(new Date('2026-01-05T15:00:00Z')));
    const withQuota = plan.filter((e) => e.partnerQuota !== null);
    expect(withQuota.filter((e) => e.publish).length).toBeGreaterThanOrEqual(3);
    const people = planPeople(partners);
    const students = people.filter((p) => p.yearGroup !== null);
    const teachers = people.filter((p) => p.roles.includes('TEACHER'));
    for (const e of withQuota) {
      expect(e.forStudents).toBe(true);
      expect(e.partnerQuota).toBeLessThanOrEqual(e.capacity);
      const perSchool = new Map<string, number>();
      for (const p of attendeesOf(e, students, teachers))
        perSchool.set(p.partnerId, (perSchool.get(p.partnerId) ?? 0) + 1);
      expect(Math.max(...perSchool.values())).toBeLessThanOrEqual(e.partnerQuota!);
    }
  });
});
