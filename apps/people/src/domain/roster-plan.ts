import type { Role } from '@ekst/auth';
import { ROLES } from '@ekst/contracts';
import { registerPersonSchema } from './person-registration';
import type { RosterRow } from './roster-csv';

/** What a roster row does (or would do, in a dry run). */
export type RosterOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

/** Why a row is refused; the other rows still apply. */
export type RosterRefusal =
  | 'MISSING_NAME'
  | 'BAD_NAME'
  | 'BAD_YEAR_GROUP'
  | 'BAD_EXTERNAL_ID'
  | 'DUPLICATE_IN_FILE'
  | 'AMBIGUOUS_MATCH'
  | 'MISSING_EMAIL'
  | 'BAD_EMAIL'
  | 'EMAIL_IN_USE'
  | 'BAD_ROLE'
  | 'ROLE_NOT_IMPORTABLE';

/**
 * The roles a school's roster may give. Governing roles (CHAMPION, HEAD, FINANCE) follow group
 * membership in partners-governance, COORDINATOR is the partnership's own, and STUDENT comes with
 * a year group from a students roster: a staff roster refuses them all.
 */
export const IMPORTABLE_STAFF_ROLES: readonly Role[] = ['TEACHER', 'AMBASSADOR', 'ASSOCIATE'];

/** A person of the partner as the plan needs them. */
export interface KnownPerson {
  id: string;
  partnerId: string;
  displayName: string;
  roles: readonly Role[];
  yearGroup: number | null;
  email: string | null;
  externalId: string | null;
}

/** The values a row leaves a person with (created or updated). */
export interface RosterPersonValues {
  displayName: string;
  roles: Role[];
  yearGroup: number | null;
  email: string | null;
  externalId: string | null;
}

export interface PlannedRow {
  line: number;
  outcome: RosterOutcome;
  reason: RosterRefusal | null;
  /** the column a refusal is about */
  field: string | null;
  /** says what is wrong without repeating the cell's value */
  message: string | null;
  /** the matched person (UPDATED, UNCHANGED) */
  personId: string | null;
  /** what CREATED and UPDATED rows write */
  values: RosterPersonValues | null;
}

/**
 * The key a student is matched by when the file gives no external id: the name without accents,
 * case or repeated spaces, with the year group ("Zoë  Adams", 9 and "zoe adams", 9 are one
 * student).
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How a name is stored: as given, with its spaces tidied. */
export function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** "9", "Y9", "Year 9" → 9; anything else → null (a refusal, not a guess). */
export function parseYearGroup(cell: string): number | null {
  const m = /^(?:y(?:ear)?\s*)?(\d{1,2})$/i.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

const refuse = (
  line: number,
  reason: RosterRefusal,
  field: string | null,
  message: string,
): PlannedRow => ({
  line,
  outcome: 'REFUSED',
  reason,
  field,
  message,
  personId: null,
  values: null,
});

/**
 * Runs registerPerson's own rules (the zod schema) over the values a row would store, and names
 * the first broken one as a refusal reason.
 */
function registrationRefusal(
  line: number,
  partnerId: string,
  v: RosterPersonValues,
): PlannedRow | null {
  const parsed = registerPersonSchema.safeParse({
    partnerId,
    displayName: v.displayName,
    roles: v.roles,
    yearGroup: v.yearGroup,
    email: v.email,
  });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  switch (issue.path[0]) {
    case 'displayName':
      return v.displayName === ''
        ? refuse(line, 'MISSING_NAME', 'displayName', 'a name is required')
        : refuse(line, 'BAD_NAME', 'displayName', `the name ${issue.message}`);
    case 'yearGroup':
      return refuse(line, 'BAD_YEAR_GROUP', 'yearGroup', `the year group ${issue.message}`);
    case 'email':
      return refuse(line, 'BAD_EMAIL', 'email', `the e-mail ${issue.message}`);
    default:
      return refuse(line, 'BAD_ROLE', 'roles', issue.message);
  }
}

function externalIdRefusal(line: number, externalId: string): PlannedRow | null {
  return externalId.length > 64
    ? refuse(line, 'BAD_EXTERNAL_ID', 'externalId', 'the external id is longer than 64 characters')
    : null;
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

function matched(line: number, person: KnownPerson, values: RosterPersonValues): PlannedRow {
  const changed =
    person.displayName !== values.displayName ||
    person.yearGroup !== values.yearGroup ||
    person.externalId !== values.externalId ||
    !sameRoles(person.roles, values.roles);
  return {
    line,
    outcome: changed ? 'UPDATED' : 'UNCHANGED',
    reason: null,
    field: null,
    message: null,
    personId: person.id,
    values: changed ? values : null,
  };
}

const created = (line: number, values: RosterPersonValues): PlannedRow => ({
  line,
  outcome: 'CREATED',
  reason: null,
  field: null,
  message: null,
  personId: null,
  values,
});

const studentKey = (name: string, yearGroup: number) => `${yearGroup}|${normaliseName(name)}`;

/**
 * A students roster against the partner's current students (leavers excluded). A row with an
 * external id matches the student with that id; failing that, or without one, the student with
 * the same normalised name and year group (one with no external id yet, when the row has one:
 * the import then records it). A match with the same values is UNCHANGED, so importing the same
 * file twice changes nothing. Two rows for one student: the later is DUPLICATE_IN_FILE.
 */
export function planStudentRoster(
  partnerId: string,
  rows: readonly RosterRow[],
  students: readonly KnownPerson[],
): PlannedRow[] {
  const byExternalId = new Map<string, KnownPerson>();
  const byKey = new Map<string, KnownPerson[]>();
  for (const s of students) {
    if (s.externalId) byExternalId.set(s.externalId, s);
    if (s.yearGroup !== null) {
      const k = studentKey(s.displayName, s.yearGroup);
      byKey.set(k, [...(byKey.get(k) ?? []), s]);
    }
  }
  const seenKeys = new Set<string>();
  const claimed = new Set<string>();
  return rows.map((row): PlannedRow => {
    const yearGroup = parseYearGroup(row.yearGroup);
    if (row.displayName === '')
      return refuse(row.line, 'MISSING_NAME', 'displayName', 'a name is required');
    if (yearGroup === null)
      return refuse(
        row.line,
        'BAD_YEAR_GROUP',
        'yearGroup',
        'the year group must be a whole number from 7 to 13',
      );
    const values: RosterPersonValues = {
      displayName: tidyName(row.displayName),
      roles: ['STUDENT'],
      yearGroup,
      email: null,
      externalId: row.externalId === '' ? null : row.externalId,
    };
    const bad =
      registrationRefusal(row.line, partnerId, values) ??
      externalIdRefusal(row.line, row.externalId);
    if (bad) return bad;

    const key = studentKey(values.displayName, yearGroup);
    const fileKey = values.externalId ? `id|${values.externalId}` : `name|${key}`;
    if (seenKeys.has(fileKey))
      return refuse(
        row.line,
        'DUPLICATE_IN_FILE',
        values.externalId ? 'externalId' : 'displayName',
        'an earlier row is the same student',
      );
    seenKeys.add(fileKey);

    let person: KnownPerson | undefined = values.externalId
      ? byExternalId.get(values.externalId)
      : undefined;
    if (!person) {
      const candidates = (byKey.get(key) ?? []).filter(
        (c) => !values.externalId || c.externalId === null,
      );
      if (candidates.length > 1)
        return refuse(
          row.line,
          'AMBIGUOUS_MATCH',
          'displayName',
          'several students of this year group have this name: give their external ids',
        );
      person = candidates[0];
    }
    if (!person) return created(row.line, values);
    if (claimed.has(person.id))
      return refuse(
        row.line,
        'DUPLICATE_IN_FILE',
        'displayName',
        'an earlier row is the same student',
      );
    claimed.add(person.id);
    // a row without an external id leaves the one on record alone
    return matched(row.line, person, {
      ...values,
      externalId: values.externalId ?? person.externalId,
    });
  });
}

/** Splits "Teacher; Ambassador" (also commas, bars or spaces) into known roles. */
export function parseRoles(
  cell: string,
): { ok: true; roles: Role[] } | { ok: false; reason: RosterRefusal; message: string } {
  const words = cell
    .split(/[;,|\s]+/)
    .map((w) => w.trim().toUpperCase())
    .filter(Boolean);
  if (words.length === 0)
    return { ok: false, reason: 'BAD_ROLE', message: 'give at least one role' };
  const roles: Role[] = [];
  for (const w of words) {
    if (!(ROLES as readonly string[]).includes(w))
      return {
        ok: false,
        reason: 'BAD_ROLE',
        message: `roles must be among ${IMPORTABLE_STAFF_ROLES.join(', ')}`,
      };
    const role = w as Role;
    if (!IMPORTABLE_STAFF_ROLES.includes(role))
      return {
        ok: false,
        reason: 'ROLE_NOT_IMPORTABLE',
        message:
          role === 'STUDENT'
            ? 'students are imported with a students roster'
            : `${role} is not given by a roster: governing roles follow group membership, and the coordinator's is the partnership's`,
      };
    if (!roles.includes(role)) roles.push(role);
  }
  return { ok: true, roles };
}

/**
 * A staff roster. Staff are matched by e-mail (regardless of case, across the platform since
 * addresses are unique): someone of this partner is updated or unchanged; an address held at
 * another partner is EMAIL_IN_USE (a roster does not move people between schools). Roles the
 * person already holds that a roster cannot give (CHAMPION, HEAD, FINANCE) are kept as they are:
 * they follow group membership. A coordinator's record is not a school's to change.
 */
export function planStaffRoster(
  partnerId: string,
  rows: readonly RosterRow[],
  holdersOfEmails: readonly KnownPerson[],
): PlannedRow[] {
  const byEmail = new Map(holdersOfEmails.map((p) => [(p.email ?? '').toLowerCase(), p]));
  const seen = new Set<string>();
  return rows.map((row): PlannedRow => {
    if (row.displayName === '')
      return refuse(row.line, 'MISSING_NAME', 'displayName', 'a name is required');
    if (row.email === '')
      return refuse(row.line, 'MISSING_EMAIL', 'email', 'staff are matched by e-mail: give one');
    const roles = parseRoles(row.roles);
    if (!roles.ok) return refuse(row.line, roles.reason, 'roles', roles.message);
    const values: RosterPersonValues = {
      displayName: tidyName(row.displayName),
      roles: roles.roles,
      yearGroup: null,
      email: row.email,
      externalId: row.externalId === '' ? null : row.externalId,
    };
    const bad =
      registrationRefusal(row.line, partnerId, values) ??
      externalIdRefusal(row.line, row.externalId);
    if (bad) return bad;
    const email = row.email.toLowerCase();
    if (seen.has(email))
      return refuse(row.line, 'DUPLICATE_IN_FILE', 'email', 'an earlier row has this e-mail');
    seen.add(email);
    const person = byEmail.get(email);
    if (!person) return created(row.line, values);
    if (person.partnerId !== partnerId)
      return refuse(
        row.line,
        'EMAIL_IN_USE',
        'email',
        'someone at another partner is registered with this e-mail',
      );
    if (person.roles.includes('COORDINATOR') || person.roles.includes('STUDENT'))
      return refuse(
        row.line,
        'ROLE_NOT_IMPORTABLE',
        'email',
        'this person is not one a school roster can change',
      );
    const kept = person.roles.filter((r) => !IMPORTABLE_STAFF_ROLES.includes(r));
    return matched(row.line, person, {
      ...values,
      email: person.email,
      roles: [...kept, ...values.roles.filter((r) => !kept.includes(r))],
      // an existing MIS id stays unless the row gives one
      externalId: values.externalId ?? person.externalId,
    });
  });
}

/** Counts of a plan, for the report. */
export function planCounts(rows: readonly PlannedRow[]): Record<RosterOutcome, number> {
  const counts: Record<RosterOutcome, number> = {
    CREATED: 0,
    UPDATED: 0,
    UNCHANGED: 0,
    REFUSED: 0,
  };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}
