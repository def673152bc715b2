import { PeopleEvents } from '@ekst/contracts';
import { done, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { alreadyRolled, isAcademicYear, LEAVING_YEAR_GROUP, mayRollOver } from '../domain/rollover';
import { londonDate } from '@ekst/subgraph-kit';
import { PersonEntity } from '../entities/person.entity';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { revokeAllSessionsOf } from './session-revocation';

/** Students of one partner in one year group, before the rollover. */
export interface RolloverGroup {
  partnerId: string;
  yearGroup: number;
  students: number;
  /** after the rollover: the next year group, or null for Year 13 (they leave) */
  movesTo: number | null;
}

export interface RolloverPreview {
  academicYear: number;
  alreadyRolled: boolean;
  groups: RolloverGroup[];
  movingUp: number;
  leaving: number;
  /** the Year 13 students who would leave */
  leavers: PersonEntity[];
}

export interface RolloverResult {
  academicYear: number;
  movedUp: number;
  left: number;
}

const badYear = () =>
  rejected(
    userError('INVALID', 'must be an academic year such as 2026 (for 2026/27)', 'academicYear'),
  );

async function lastRolled(m: EntityManager): Promise<number | null> {
  const [row] = (await m.query(`SELECT max(academic_year) AS last FROM rollover_run`)) as Array<{
    last: number | null;
  }>;
  return row?.last ?? null;
}

/** Current students (not leavers) are the only ones a rollover touches. */
const CURRENT_STUDENT = `'STUDENT' = ANY (roles) AND left_on IS NULL`;

/**
 * What `runRollover(academicYear)` would do (the coordinator only): students per partner and
 * year group, who moves up, and the Year 13 leavers by name. Writes nothing.
 */
export async function previewRollover(
  deps: PeopleDeps,
  { academicYear }: { academicYear: number },
): Promise<PeopleResult<RolloverPreview>> {
  if (!mayRollOver(deps.caller)) return refused('Only the coordinator runs the rollover');
  if (!isAcademicYear(academicYear)) return badYear();
  const m = deps.dataSource.manager;
  const groups = (await m.query(
    `SELECT partner_id, year_group, count(*)::int AS students FROM person
     WHERE ${CURRENT_STUDENT} GROUP BY partner_id, year_group ORDER BY partner_id, year_group`,
  )) as Array<{ partner_id: string; year_group: number; students: number }>;
  const leavers = await m
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .where(`'STUDENT' = ANY (p.roles) AND p.left_on IS NULL AND p.year_group = :y`, {
      y: LEAVING_YEAR_GROUP,
    })
    .orderBy('p.partner_id')
    .addOrderBy('p.display_name')
    .addOrderBy('p.id')
    .getMany();
  const sum = (rows: typeof groups) => rows.reduce((n, g) => n + g.students, 0);
  return done({
    academicYear,
    alreadyRolled: alreadyRolled(academicYear, await lastRolled(m)),
    groups: groups.map((g) => ({
      partnerId: g.partner_id,
      yearGroup: g.year_group,
      students: g.students,
      movesTo: g.year_group >= LEAVING_YEAR_GROUP ? null : g.year_group + 1,
    })),
    movingUp: sum(groups.filter((g) => g.year_group < LEAVING_YEAR_GROUP)),
    leaving: sum(groups.filter((g) => g.year_group >= LEAVING_YEAR_GROUP)),
    leavers,
  });
}

/**
 * The September rollover (the coordinator only), in one transaction: Year 13 students become
 * leavers (`left_on` today; their sessions are revoked, unused sign-in codes and any account
 * deleted, and no sign-in path lets them in again; each announced as PersonLeft), then every other current student moves up one
 * year group, each announced as PersonUpdated (the new year group) so every service's projection
 * follows. Once per academic year: a year already rolled, or earlier than one rolled, is
 * ALREADY_ROLLED and moves nobody (the table is locked, so two runs at once cannot both pass).
 * Leavers are erased everywhere LEAVER_RETENTION_DAYS after leaving (the leaver erasure job).
 */
export async function runRollover(
  deps: PeopleDeps,
  { academicYear }: { academicYear: number },
): Promise<PeopleResult<RolloverResult>> {
  if (!mayRollOver(deps.caller)) return refused('Only the coordinator runs the rollover');
  if (!isAcademicYear(academicYear)) return badYear();
  return deps.transaction(async ({ manager: m, outbox, clock }) => {
    await m.query(`LOCK TABLE rollover_run IN EXCLUSIVE MODE`);
    const last = await lastRolled(m);
    if (alreadyRolled(academicYear, last))
      return rejected(
        userError(
          'ALREADY_ROLLED',
          `the rollover has already been run for ${last}: nobody was moved`,
          'academicYear',
        ),
      );
    const today = londonDate(clock.now());
    // Leavers first, so this year's Year 12 moving into Year 13 do not leave with them.
    const [leavers] = (await m.query(
      `UPDATE person SET left_on = $1 WHERE ${CURRENT_STUDENT} AND year_group >= $2 RETURNING id`,
      [today, LEAVING_YEAR_GROUP],
    )) as [Array<{ id: string }>, number];
    for (const { id } of leavers) {
      await revokeAllSessionsOf(m, id, 'ACCESS_CHANGE');
      await m.query(`DELETE FROM sign_in_code WHERE person_id = $1`, [id]);
      await m.query(`DELETE FROM account WHERE person_id = $1`, [id]);
      await outbox.append(PeopleEvents.left, id, { personId: id, leftOn: today });
    }
    const [moved] = (await m.query(
      `UPDATE person SET year_group = year_group + 1
       WHERE ${CURRENT_STUDENT} AND year_group < $1
       RETURNING id, partner_id, roles, year_group`,
      [LEAVING_YEAR_GROUP],
    )) as [Array<{ id: string; partner_id: string; roles: string[]; year_group: number }>, number];
    for (const p of moved) {
      await outbox.append(PeopleEvents.updated, p.id, {
        personId: p.id,
        partnerId: p.partner_id,
        roles: p.roles as PersonEntity['roles'],
        yearGroup: p.year_group,
      });
    }
    await m.query(
      `INSERT INTO rollover_run (academic_year, ran_at, moved_up, left_count) VALUES ($1, $2, $3, $4)`,
      [academicYear, clock.now(), moved.length, leavers.length],
    );
    return done({ academicYear, movedUp: moved.length, left: leavers.length });
  });
}
