import type { Role } from '@ekst/auth';
import type { DEMO_PARTNERS } from './demo-data';
import { EVENT_TEMPLATES, demoName } from './demo-data';

/**
 * What the demo consists of, as pure data derived from the partners' ids and the programme's
 * first day. Every planned row has a natural key the seed can look up in the graph before it
 * creates anything, so a load that was interrupted (Ctrl-C, a crash) is finished by the next run
 * instead of being duplicated or abandoned.
 */

export interface SeededPartner {
  id: string;
  name: string;
  kind: (typeof DEMO_PARTNERS)[number]['kind'];
}

export interface PlannedPerson {
  /** Position in the plan; fixes the invented name and e-mail, whatever was created before. */
  index: number;
  partnerId: string;
  roles: Role[];
  yearGroup: number | null;
  displayName: string;
  email: string | null;
  /** Adults who get an account with the demo password (associates sign in elsewhere). */
  signsIn: boolean;
  kind: 'coordinator' | 'head' | 'champion' | 'teacher' | 'student' | 'ambassador' | 'associate';
}

/** Same display name, partner, roles and year group: the same demo person. */
export function personKey(p: {
  partnerId: string;
  displayName: string;
  roles: readonly string[];
  yearGroup: number | null;
}): string {
  return [p.partnerId, p.displayName, [...p.roles].sort().join('+'), p.yearGroup ?? '-'].join('|');
}

const SCHOOL_KINDS: ReadonlyArray<string> = ['STATE', 'SELECTIVE', 'INDEPENDENT'];

export function schoolsOf(partners: readonly SeededPartner[]): SeededPartner[] {
  return partners.filter((p) => SCHOOL_KINDS.includes(p.kind));
}

export function universityOf(partners: readonly SeededPartner[]): SeededPartner {
  return partners.find((p) => p.kind === 'UNIVERSITY') ?? partners[0];
}

/**
 * The coordinator at the university; per school a head, two champions who teach, two teachers and
 * twenty students (two per year group in years 7–10, four in years 11–13: the cohort last year's
 * evaluation followed); three undergraduate ambassadors; one contact per associate partner.
 */
export function planPeople(partners: readonly SeededPartner[]): PlannedPerson[] {
  const plan: PlannedPerson[] = [];
  const add = (
    partnerId: string,
    roles: Role[],
    yearGroup: number | null,
    kind: PlannedPerson['kind'],
  ) => {
    const index = plan.length;
    const displayName = demoName(index);
    const email =
      yearGroup === null
        ? `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${index}@demo.ekst.invalid`
        : null;
    plan.push({
      index,
      partnerId,
      roles,
      yearGroup,
      displayName,
      email,
      signsIn: yearGroup === null && kind !== 'associate',
      kind,
    });
  };
  const university = universityOf(partners);
  add(university.id, ['COORDINATOR'], null, 'coordinator');
  for (const school of schoolsOf(partners)) {
    add(school.id, ['HEAD'], null, 'head');
    add(school.id, ['CHAMPION', 'TEACHER'], null, 'champion');
    add(school.id, ['CHAMPION', 'TEACHER'], null, 'champion');
    add(school.id, ['TEACHER'], null, 'teacher');
    add(school.id, ['TEACHER'], null, 'teacher');
    for (let s = 0; s < 20; s += 1)
      add(school.id, ['STUDENT'], s < 8 ? 7 + (s % 4) : 11 + (s % 3), 'student');
  }
  for (let a = 0; a < 3; a += 1) add(university.id, ['AMBASSADOR'], null, 'ambassador');
  for (const assoc of partners.filter((p) => p.kind === 'ASSOCIATE'))
    add(assoc.id, ['ASSOCIATE'], null, 'associate');
  return plan;
}

export interface PlannedEvent {
  index: number;
  title: string;
  kind: string;
  audience: string;
  aims: readonly string[];
  hostPartnerId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /**
   * Some student events share their places fairly: at most this many per school (6 of 30), so the
   * reach report shows places used against quota. Each school sends 4 students to a student
   * event (`attendeesOf`), so the quota never turns anyone away.
   */
  partnerQuota: number | null;
  /** A few stay as drafts for the Management Group to decide on. */
  publish: boolean;
  forStudents: boolean;
}

export const PROGRAMME_SIZE = 33;

/** Title, host and start time: the same programme event. */
export function eventKey(e: {
  title: string;
  hostPartnerId: string | null;
  startsAt: Date | string;
}): string {
  return `${e.title}|${e.hostPartnerId ?? '-'}|${new Date(e.startsAt).toISOString()}`;
}

/**
 * A year's programme of 33 events of every kind, one a week from `firstDay`, hosted in turn by
 * the schools and the university; every fifth is small (4 places) so some people wait, and some
 * student events have a per-school quota.
 */
export function planProgramme(partners: readonly SeededPartner[], firstDay: Date): PlannedEvent[] {
  const hosts = [...schoolsOf(partners), universityOf(partners)];
  return Array.from({ length: PROGRAMME_SIZE }, (_, i) => {
    const template = EVENT_TEMPLATES[i % EVENT_TEMPLATES.length];
    const startsAt = new Date(firstDay.getTime() + i * 7 * 86400000);
    return {
      index: i,
      title: template.title,
      kind: template.kind,
      audience: template.audience,
      aims: template.aims,
      hostPartnerId: hosts[i % hosts.length].id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 5 * 3600000),
      capacity: i % 5 === 0 ? 4 : 30,
      partnerQuota: i % 5 !== 0 && i % 3 === 1 && template.audience !== 'TEACHERS' ? 6 : null,
      publish: i % 6 !== 5,
      forStudents: template.audience !== 'TEACHERS',
    };
  });
}

/** Next week's day at 09:30 UTC: the programme's first event when a demo is first loaded. */
export function defaultFirstDay(now: Date): Date {
  const start = new Date(now);
  start.setUTCDate(start.getUTCDate() + 7);
  start.setUTCHours(9, 30, 0, 0);
  return start;
}

/** Who comes to planned event `i`: every fifth student, or every third teacher, in turn. */
export function attendeesOf<T>(
  event: PlannedEvent,
  students: readonly T[],
  teachers: readonly T[],
): T[] {
  return event.forStudents
    ? students.filter((_, k) => (k + event.index) % 5 === 0)
    : teachers.filter((_, k) => (k + event.index) % 3 === 0);
}
