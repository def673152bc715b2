import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each year's pre/post pairs, one row per paired POST response, kept as they are written instead
 * of joined again by every impact report (issue 15). At national scale (150,000 pairs) joining
 * each POST response to its survey, event, invitation and the people projection was about half
 * of every report's time (EXPLAIN ANALYZE in tools/bench/README.md); the report now reads the
 * year's rows of `impact_pair` in the order it groups them (`impact_pair_report_idx`).
 *
 * A row is exactly what the report's `pairs` step selected: a survey_response with a change, of a
 * POST survey, whose event is in event_projection, through its invitation (person; the unit is the
 * response itself once the person is erased) and the person's current partner. Statement-level
 * triggers on every table it is read from refresh the rows a statement touched (delete, then
 * recompute from the base tables), in the writing transaction, so it is exact whoever writes:
 * submissions, erasure (the invitation loses its person, then the projection goes), people and
 * events projections, seeds and tests. Updates that cannot change a pair (a reflection cleared,
 * `responded_at`, a survey's window, an event's title) refresh nothing and take no lock.
 *
 * Concurrency: a refresh first takes one transaction-scoped advisory lock, then reads. Two writers
 * whose changes meet in one pair (a POST response submitted while its person changes school or is
 * erased) therefore run their refreshes one after the other, and the second, reading after the
 * first committed, sees both changes. The lock is held from the refresh to commit, which is the
 * end of those transactions (a submission, one consumed message).
 */
export class ImpactPair1732300000072 implements MigrationInterface {
  name = 'ImpactPair1732300000072';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE impact_pair (
        response_id    uuid PRIMARY KEY,
        academic_year  int NOT NULL,
        event_id       uuid NOT NULL,
        instrument     text NOT NULL,
        -- the respondent while they are not erased; the report's unit is person_id, else response_id
        person_id      uuid,
        unit           uuid NOT NULL,
        -- the respondent's partner now (people projection), null when not known or erased
        partner_id     uuid,
        change         numeric NOT NULL
      )`);
    // The report reads a year in the order it groups by (each person's pairs together), so it
    // aggregates per person without sorting or hashing 100,000 groups; covering, for an
    // index-only scan.
    await q.query(`
      CREATE INDEX impact_pair_report_idx
        ON impact_pair (academic_year, instrument, unit, partner_id, person_id) INCLUDE (event_id, change)`);
    // Finding a person's pairs (a change of school, erasure, subject access).
    await q.query(`CREATE INDEX impact_pair_person_idx ON impact_pair (person_id)`);

    await q.query(`
      CREATE FUNCTION impact_pair_refresh(responses uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF responses IS NULL OR cardinality(responses) = 0 THEN
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
        DELETE FROM impact_pair WHERE response_id = ANY (responses);
        INSERT INTO impact_pair (response_id, academic_year, event_id, instrument, person_id, unit, partner_id, change)
        SELECT r.id, e.academic_year, post.event_id, post.instrument, i.person_id,
               coalesce(i.person_id, r.id), pp.partner_id, r.change
          FROM (SELECT DISTINCT id FROM unnest(responses) AS x(id)) x
          JOIN survey_response r ON r.id = x.id
          JOIN survey post ON post.id = r.survey_id
          JOIN event_projection e ON e.id = post.event_id
          JOIN survey_invitation i ON i.id = r.invitation_id
          LEFT JOIN person_projection pp ON pp.id = i.person_id
         WHERE r.change IS NOT NULL AND post.phase = 'POST';
      END $fn$`);

    // survey_response: new, changed and removed pairs (PRE responses carry no change: no lock).
    await q.query(`
      CREATE FUNCTION impact_pair_from_response() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id) INTO ids FROM response_new WHERE change IS NOT NULL;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(id) INTO ids FROM response_old WHERE change IS NOT NULL;
        ELSE
          SELECT array_agg(id) INTO ids FROM (
            SELECT n.id FROM response_new n LEFT JOIN response_old o ON o.id = n.id
             WHERE o.id IS NULL
                OR (n.survey_id, n.invitation_id, n.change) IS DISTINCT FROM (o.survey_id, o.invitation_id, o.change)
            UNION
            SELECT o.id FROM response_old o LEFT JOIN response_new n ON n.id = o.id WHERE n.id IS NULL
          ) x;
        END IF;
        PERFORM impact_pair_refresh(ids);
        RETURN NULL;
      END $fn$`);
    // survey_invitation (updates only, see TRIGGERS): a changed person (erasure) or survey.
    await q.query(`
      CREATE FUNCTION impact_pair_from_invitation() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE changed uuid[];
      DECLARE ids uuid[];
      BEGIN
        SELECT array_agg(id) INTO changed FROM (
          SELECT o.id FROM invitation_old o LEFT JOIN invitation_new n ON n.id = o.id
           WHERE n.id IS NULL OR (n.person_id, n.survey_id) IS DISTINCT FROM (o.person_id, o.survey_id)
          UNION
          SELECT n.id FROM invitation_new n LEFT JOIN invitation_old o ON o.id = n.id WHERE o.id IS NULL
        ) x;
        IF changed IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
        SELECT array_agg(r.id) INTO ids FROM survey_response r
         WHERE r.invitation_id = ANY (changed) AND r.change IS NOT NULL;
        PERFORM impact_pair_refresh(ids);
        RETURN NULL;
      END $fn$`);
    // survey (updates only): its event, phase or instrument (the service never changes them;
    // exact if anything did). Its status and window do not count.
    await q.query(`
      CREATE FUNCTION impact_pair_from_survey() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE changed uuid[];
      DECLARE ids uuid[];
      BEGIN
        SELECT array_agg(id) INTO changed FROM (
          SELECT o.id FROM survey_old o LEFT JOIN survey_new n ON n.id = o.id
           WHERE n.id IS NULL
              OR (n.event_id, n.phase, n.instrument) IS DISTINCT FROM (o.event_id, o.phase, o.instrument)
          UNION
          SELECT n.id FROM survey_new n LEFT JOIN survey_old o ON o.id = n.id WHERE o.id IS NULL
        ) x;
        IF changed IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
        SELECT array_agg(r.id) INTO ids FROM survey_response r
         WHERE r.survey_id = ANY (changed) AND r.change IS NOT NULL;
        PERFORM impact_pair_refresh(ids);
        RETURN NULL;
      END $fn$`);
    // event_projection: an event arriving, leaving, or moving to another academic year.
    await q.query(`
      CREATE FUNCTION impact_pair_from_event() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE changed uuid[];
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id) INTO changed FROM event_new;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(id) INTO changed FROM event_old;
        ELSE
          SELECT array_agg(id) INTO changed FROM (
            SELECT o.id FROM event_old o LEFT JOIN event_new n ON n.id = o.id
             WHERE n.id IS NULL OR n.academic_year IS DISTINCT FROM o.academic_year
            UNION
            SELECT n.id FROM event_new n LEFT JOIN event_old o ON o.id = n.id WHERE o.id IS NULL
          ) x;
        END IF;
        IF changed IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
        SELECT array_agg(r.id) INTO ids
          FROM survey s JOIN survey_response r ON r.survey_id = s.id
         WHERE s.event_id = ANY (changed) AND s.phase = 'POST' AND r.change IS NOT NULL;
        PERFORM impact_pair_refresh(ids);
        RETURN NULL;
      END $fn$`);
    // person_projection: a person arriving (after their answers), changing school, or erased.
    await q.query(`
      CREATE FUNCTION impact_pair_from_person() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE changed uuid[];
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id) INTO changed FROM person_new;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(id) INTO changed FROM person_old;
        ELSE
          SELECT array_agg(id) INTO changed FROM (
            SELECT o.id FROM person_old o LEFT JOIN person_new n ON n.id = o.id
             WHERE n.id IS NULL OR n.partner_id IS DISTINCT FROM o.partner_id
            UNION
            SELECT n.id FROM person_new n LEFT JOIN person_old o ON o.id = n.id WHERE o.id IS NULL
          ) x;
        END IF;
        IF changed IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
        SELECT array_agg(p.response_id) INTO ids FROM impact_pair p WHERE p.person_id = ANY (changed);
        PERFORM impact_pair_refresh(ids);
        RETURN NULL;
      END $fn$`);

    for (const [table, prefix, fn, ops] of TRIGGERS)
      for (const op of ops)
        await q.query(`
          CREATE TRIGGER impact_pair_${op.toLowerCase()} AFTER ${op} ON ${table}
            REFERENCING ${TRANSITION[op](prefix)}
            FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);

    // The pairs already recorded. CREATE TRIGGER has locked out writers of these tables until
    // this migration's transaction commits, so none is missed or counted twice.
    await q.query(`
      INSERT INTO impact_pair (response_id, academic_year, event_id, instrument, person_id, unit, partner_id, change)
      SELECT r.id, e.academic_year, post.event_id, post.instrument, i.person_id,
             coalesce(i.person_id, r.id), pp.partner_id, r.change
        FROM survey_response r
        JOIN survey post ON post.id = r.survey_id
        JOIN event_projection e ON e.id = post.event_id
        JOIN survey_invitation i ON i.id = r.invitation_id
        LEFT JOIN person_projection pp ON pp.id = i.person_id
       WHERE r.change IS NOT NULL AND post.phase = 'POST'`);
    await q.query(`ANALYZE impact_pair`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, , fn, ops] of [...TRIGGERS].reverse()) {
      for (const op of ops)
        await q.query(`DROP TRIGGER impact_pair_${op.toLowerCase()} ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION impact_pair_refresh(uuid[])`);
    await q.query(`DROP TABLE impact_pair`);
  }
}

type Op = 'INSERT' | 'UPDATE' | 'DELETE';
const TRANSITION: Record<Op, (prefix: string) => string> = {
  INSERT: (p) => `NEW TABLE AS ${p}_new`,
  UPDATE: (p) => `OLD TABLE AS ${p}_old NEW TABLE AS ${p}_new`,
  DELETE: (p) => `OLD TABLE AS ${p}_old`,
};
/**
 * Table, transition-table prefix, trigger function, statements. An invitation or survey is
 * inserted before any response to it, and cannot be deleted while one refers to it (foreign
 * keys): only their updates can change a pair.
 */
const TRIGGERS: ReadonlyArray<readonly [string, string, string, readonly Op[]]> = [
  ['survey_response', 'response', 'impact_pair_from_response', ['INSERT', 'UPDATE', 'DELETE']],
  ['survey_invitation', 'invitation', 'impact_pair_from_invitation', ['UPDATE']],
  ['survey', 'survey', 'impact_pair_from_survey', ['UPDATE']],
  ['event_projection', 'event', 'impact_pair_from_event', ['INSERT', 'UPDATE', 'DELETE']],
  ['person_projection', 'person', 'impact_pair_from_person', ['INSERT', 'UPDATE', 'DELETE']],
];
