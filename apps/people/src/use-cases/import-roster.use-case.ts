import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import type { Outbox } from '@ekst/messaging';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayImportRoster } from '../domain/rollover';
import { readRoster } from '../domain/roster-csv';
import type { RosterKind } from '../domain/roster-csv';
import { planCounts, planStaffRoster, planStudentRoster } from '../domain/roster-plan';
import type { KnownPerson, PlannedRow, RosterOutcome } from '../domain/roster-plan';
import { accessClaimsChanged } from '../domain/session-claims';
import { PersonEntity } from '../entities/person.entity';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { activePartner, duplicateEmail, isEmailClash } from './register-person.use-case';
import { revokeAllSessionsOf } from './session-revocation';

export interface ImportRosterInput {
  partnerId: string;
  kind: RosterKind;
  csv: string;
  /** default true: nothing is written unless the caller asks for the real import */
  dryRun?: boolean | null;
}

/** The row-by-row report (the schema's `RosterImportReport`). */
export interface RosterReport {
  partnerId: string;
  kind: RosterKind;
  dryRun: boolean;
  rows: Array<Omit<PlannedRow, 'values'>>;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

const KNOWN_COLUMNS = {
  id: true,
  partnerId: true,
  displayName: true,
  roles: true,
  yearGroup: true,
  email: true,
  externalId: true,
} as const;

function countsOf(c: Record<RosterOutcome, number>) {
  return { created: c.CREATED, updated: c.UPDATED, unchanged: c.UNCHANGED, refused: c.REFUSED };
}

/** The partner's current students (not leavers), what a students roster is matched against. */
async function studentsOf(m: EntityManager, partnerId: string): Promise<KnownPerson[]> {
  return m
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .select(Object.keys(KNOWN_COLUMNS).map((c) => `p.${c}`))
    .where(`p.partner_id = :partnerId AND 'STUDENT' = ANY (p.roles) AND p.left_on IS NULL`, {
      partnerId,
    })
    .getMany();
}

/** Whoever holds one of the file's addresses, at any partner (addresses are unique). */
async function holdersOf(m: EntityManager, emails: string[]): Promise<KnownPerson[]> {
  if (emails.length === 0) return [];
  return m
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .select(Object.keys(KNOWN_COLUMNS).map((c) => `p.${c}`))
    .where('lower(p.email) = ANY (:emails)', { emails: emails.map((e) => e.toLowerCase()) })
    .getMany();
}

/** Writes the plan's CREATED and UPDATED rows, each announced as registerPerson/updatePerson do. */
async function applyPlan(
  m: EntityManager,
  outbox: Outbox,
  partnerId: string,
  plan: PlannedRow[],
  known: Map<string, KnownPerson>,
): Promise<PlannedRow[]> {
  const repo = m.getRepository(PersonEntity);
  const result: PlannedRow[] = [];
  for (const row of plan) {
    if (row.outcome === 'CREATED' && row.values) {
      const id = randomUUID();
      await repo.insert({ id, partnerId, ...row.values, phone: null, leftOn: null });
      await outbox.append(PeopleEvents.registered, id, {
        personId: id,
        partnerId,
        roles: row.values.roles,
        yearGroup: row.values.yearGroup,
      });
      result.push({ ...row, personId: id });
    } else if (row.outcome === 'UPDATED' && row.values && row.personId) {
      const before = known.get(row.personId);
      await repo.update(
        { id: row.personId },
        {
          displayName: row.values.displayName,
          roles: row.values.roles,
          yearGroup: row.values.yearGroup,
          externalId: row.values.externalId,
        },
      );
      await outbox.append(PeopleEvents.updated, row.personId, {
        personId: row.personId,
        partnerId,
        roles: row.values.roles,
        yearGroup: row.values.yearGroup,
      });
      if (!before || accessClaimsChanged(before, { partnerId, roles: row.values.roles }))
        await revokeAllSessionsOf(m, row.personId, 'ACCESS_CHANGE');
      result.push(row);
    } else {
      result.push(row);
    }
  }
  return result;
}

/**
 * A school's roster (students or staff) as a CSV string: the coordinator, or a champion of that
 * partner. The dry run (the default) reports row by row what would be CREATED, UPDATED,
 * UNCHANGED or REFUSED (with a reason) and writes nothing. The real import applies the same
 * plan, refused rows left out, in ONE transaction with its PersonRegistered/PersonUpdated events
 * in the outbox: all of it or nothing. Importing the same file again changes nothing (rows are
 * matched: see `planStudentRoster` and `planStaffRoster`). A file with a date-of-birth column is
 * refused whole (DATE_OF_BIRTH_COLUMN), its values neither stored nor echoed; so is a file that
 * is not CSV, too large, or has columns a roster does not hold (INVALID on `csv`). Concurrent
 * imports for one partner run one after the other (an advisory lock), so both plan on what is
 * stored.
 */
export async function importRoster(
  deps: PeopleDeps,
  { input }: { input: ImportRosterInput },
): Promise<PeopleResult<RosterReport>> {
  if (!isUuid(input.partnerId))
    return mayImportRoster(deps.caller, input.partnerId)
      ? rejected(userError('UNKNOWN_PARTNER', 'no such partner', 'partnerId'))
      : refused('Only the coordinator, or a champion of this partner, can import its roster');
  const partnerId = input.partnerId.toLowerCase();
  if (!mayImportRoster(deps.caller, partnerId))
    return refused('Only the coordinator, or a champion of this partner, can import its roster');
  const read = readRoster(input.kind, input.csv);
  if (!read.ok) return rejected(userError(read.problem.code, read.problem.message, 'csv'));
  const dryRun = input.dryRun !== false;

  try {
    return await deps.transaction(async ({ manager: m, outbox }) => {
      const partner = await activePartner(m, partnerId);
      if (partner.kind !== 'done') return partner;
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('people.roster:' || $1))`, [partnerId]);
      const known =
        input.kind === 'STUDENTS'
          ? await studentsOf(m, partnerId)
          : await holdersOf(
              m,
              read.rows.map((r) => r.email).filter((e) => e !== ''),
            );
      const plan =
        input.kind === 'STUDENTS'
          ? planStudentRoster(partnerId, read.rows, known)
          : planStaffRoster(partnerId, read.rows, known);
      const rows = dryRun
        ? plan
        : await applyPlan(m, outbox, partnerId, plan, new Map(known.map((k) => [k.id, k])));
      return done({
        partnerId,
        kind: input.kind,
        dryRun,
        rows: rows.map(({ values: _values, ...row }) => row),
        ...countsOf(planCounts(rows)),
      });
    });
  } catch (err) {
    // someone registered one of the addresses between the plan and the insert: nothing applied
    if (isEmailClash(err)) return duplicateEmail();
    throw err;
  }
}
