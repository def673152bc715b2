import { readFileSync } from 'node:fs';
// The demo roster must pass people's own import rules: the test reads them from people.
/* eslint-disable @nx/enforce-module-boundaries */
import { readRoster } from '../../apps/people/src/domain/roster-csv';
import { planStudentRoster } from '../../apps/people/src/domain/roster-plan';
/* eslint-enable @nx/enforce-module-boundaries */
import { DEMO_PARTNERS } from './demo-data';
import { planPeople, schoolsOf } from './demo-plan';
import type { SeededPartner } from './demo-plan';
import { DEMO_ROSTER_FILE } from './demo-roster';

const partners: SeededPartner[] = DEMO_PARTNERS.map((p, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: p.name,
  kind: p.kind,
}));

describe('the demo roster', () => {
  it("lists exactly the first school's planned students, so importing it records MIS ids and creates nobody", () => {
    const school = schoolsOf(partners)[0];
    const students = planPeople(partners)
      .filter((p) => p.partnerId === school.id && p.kind === 'student')
      .map((p) => ({ ...p, id: `id-${p.index}`, externalId: null }));
    const read = readRoster('STUDENTS', readFileSync(DEMO_ROSTER_FILE, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    const plan = planStudentRoster(school.id, read.rows, students);
    expect(plan.map((r) => r.outcome)).toEqual(students.map(() => 'UPDATED'));
    expect(new Set(plan.map((r) => r.personId)).size).toBe(students.length);
  });
});
