import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `impact_pair`'s triggers lock per unit instead of the whole table (migration 072 took one
 * advisory lock, `evaluation:impact_pair`, for every refresh: every submission, change of school,
 * erasure and consumer batch that touched a pair waited for every other one until it committed,
 * and a consumer batch of up to 50 events holding it could deadlock with a submission holding a
 * row lock that a later event of the batch needed).
 *
 * What the lock is for: two writers whose changes meet in one pair (a POST answer stored while
 * its person changes school or is erased) must refresh it one after the other, so the second
 * reads what the first committed. They always share the pair's unit, the respondent (or, once
 * the invitation names nobody, the response): a person's change knows the person from its
 * transition table, an answer finds its person through its invitation. So each refresh
 *
 * 1. collects the rows whose pair-making columns changed (one trigger function for the five
 *    tables, told the columns by its arguments: the symmetric difference of old and new rows);
 * 2. finds the responses whose pairs that can change, and their units (now and as last kept);
 * 3. takes a transaction-scoped advisory lock per unit, in sorted key order, after a shared lock
 *    on the whole table; then finds the responses and units again, since a writer it waited for
 *    may have committed more (a person's new answer) or changed a unit (erasure), and locks any
 *    new ones, until nothing new turns up;
 * 4. refreshes those responses' pairs from the base tables (delete, then recompute).
 *
 * Writers of different people no longer wait for each other. Changes that move pairs without
 * naming a unit (a survey's event, phase or instrument, which the service never changes; an
 * event's academic year, an event arriving or going while it has surveys) take the whole-table
 * lock exclusively, as does a transaction that would otherwise hold more than 256 unit locks (a
 * bulk write, e.g. retention or a seed), so the lock table cannot run out; the shared whole-table
 * lock every other refresh holds makes them wait for those in flight, and the rest for them.
 *
 * Deadlocks: one refresh takes its keys in sorted order, so refreshes of many people in one
 * statement cannot deadlock with each other. Keys taken by later statements of a transaction (a
 * consumer batch) cannot be ordered with earlier ones; a cycle then needs two transactions that
 * each touch a person the other already locked (people's topic is keyed by person, so one
 * consumer handles all of a person's messages), and PostgreSQL's detector breaks it.
 */
export class ImpactPairUnitLocks1732300000078 implements MigrationInterface {
  name = 'ImpactPairUnitLocks1732300000078';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, , fn, ops] of [...OLD_TRIGGERS].reverse()) {
      for (const op of ops)
        await q.query(`DROP TRIGGER impact_pair_${op.toLowerCase()} ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION impact_pair_refresh(uuid[])`);

    // The whole table: shared by every refresh, exclusive for changes that name no unit.
    await q.query(`
      CREATE FUNCTION impact_pair_lock_whole() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF current_setting('evaluation.impact_pair_locks', true) = 'whole' THEN
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'), 0);
        PERFORM set_config('evaluation.impact_pair_locks', 'whole', true);
      END $fn$`);

    // Units' locks in sorted key order; beyond 256 in a transaction, the whole table instead.
    await q.query(`
      CREATE FUNCTION impact_pair_lock_units(units uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        taken text := current_setting('evaluation.impact_pair_locks', true);
        so_far int := CASE WHEN taken ~ '^[0-9]+$' THEN taken::int ELSE 0 END;
        k int;
      BEGIN
        IF taken = 'whole' OR units IS NULL OR cardinality(units) = 0 THEN
          RETURN;
        END IF;
        IF so_far + cardinality(units) > 256 THEN
          PERFORM impact_pair_lock_whole();
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock_shared(hashtext('evaluation:impact_pair'), 0);
        FOR k IN SELECT DISTINCT hashtext(u::text) FROM unnest(units) AS u ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair:unit'), k);
        END LOOP;
        PERFORM set_config('evaluation.impact_pair_locks', (so_far + cardinality(units))::text, true);
      END $fn$`);

    // Lock, find the responses (again, until their units are all locked), refresh.
    await q.query(`
      CREATE FUNCTION impact_pair_sync(kind text, changed uuid[], persons uuid[]) RETURNS void
      LANGUAGE plpgsql AS $fn$
      DECLARE
        responses uuid[];
        units uuid[];
        held uuid[] := '{}';
        fresh uuid[];
      BEGIN
        IF changed IS NULL OR cardinality(changed) = 0 THEN
          RETURN;
        END IF;
        IF kind = 'survey'
           OR (kind = 'event' AND EXISTS (SELECT 1 FROM survey s WHERE s.event_id = ANY (changed))) THEN
          PERFORM impact_pair_lock_whole();
        ELSIF kind = 'event' THEN
          RETURN; -- no survey: no pair can change
        END IF;
        LOOP
          SELECT array_agg(DISTINCT id) INTO responses FROM (
            SELECT unnest(changed) AS id WHERE kind = 'response'
            UNION ALL
            SELECT r.id FROM survey_response r
             WHERE kind = 'invitation' AND r.invitation_id = ANY (changed) AND r.change IS NOT NULL
            UNION ALL
            SELECT r.id FROM survey_response r
             WHERE kind = 'survey' AND r.survey_id = ANY (changed) AND r.change IS NOT NULL
            UNION ALL
            SELECT r.id FROM survey s JOIN survey_response r ON r.survey_id = s.id
             WHERE kind = 'event' AND s.event_id = ANY (changed) AND s.phase = 'POST'
               AND r.change IS NOT NULL
            UNION ALL
            SELECT p.response_id FROM impact_pair p WHERE kind = 'person' AND p.person_id = ANY (persons)
          ) x;
          EXIT WHEN current_setting('evaluation.impact_pair_locks', true) = 'whole';
          SELECT array_agg(DISTINCT u) INTO units FROM (
            SELECT unnest(persons) AS u
            UNION ALL
            SELECT coalesce(i.person_id, r.id) FROM survey_response r
              LEFT JOIN survey_invitation i ON i.id = r.invitation_id
             WHERE r.id = ANY (responses)
            UNION ALL
            SELECT p.unit FROM impact_pair p WHERE p.response_id = ANY (responses)
          ) x WHERE u IS NOT NULL;
          SELECT array_agg(u) INTO fresh FROM unnest(units) AS u WHERE u <> ALL (held);
          EXIT WHEN fresh IS NULL;
          PERFORM impact_pair_lock_units(fresh);
          held := held || fresh;
        END LOOP;
        IF responses IS NULL THEN
          RETURN;
        END IF;
        DELETE FROM impact_pair WHERE response_id = ANY (responses);
        INSERT INTO impact_pair (response_id, academic_year, event_id, instrument, person_id, unit, partner_id, change)
        SELECT r.id, e.academic_year, post.event_id, post.instrument, i.person_id,
               coalesce(i.person_id, r.id), pp.partner_id, r.change
          FROM survey_response r
          JOIN survey post ON post.id = r.survey_id
          JOIN event_projection e ON e.id = post.event_id
          LEFT JOIN survey_invitation i ON i.id = r.invitation_id
          LEFT JOIN person_projection pp ON pp.id = i.person_id
         WHERE r.id = ANY (responses) AND r.change IS NOT NULL AND post.phase = 'POST';
      END $fn$`);

    // The one trigger function: TG_ARGV = what the rows are, the columns a pair is made of, and
    // which rows can make a pair at all. Updates that change none of those columns refresh
    // nothing and take no lock.
    await q.query(`
      CREATE FUNCTION impact_pair_on_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        kind text := TG_ARGV[0];
        old_sql text := format('SELECT id, %s FROM old_rows WHERE %s', TG_ARGV[1], TG_ARGV[2]);
        new_sql text := format('SELECT id, %s FROM new_rows WHERE %s', TG_ARGV[1], TG_ARGV[2]);
        changed uuid[];
        persons uuid[];
      BEGIN
        EXECUTE 'SELECT array_agg(DISTINCT id) FROM (' || CASE TG_OP
          WHEN 'INSERT' THEN new_sql
          WHEN 'DELETE' THEN old_sql
          ELSE '(' || old_sql || ' EXCEPT ' || new_sql || ') UNION ALL (' || new_sql || ' EXCEPT ' || old_sql || ')'
        END || ') d' INTO changed;
        IF changed IS NULL THEN
          RETURN NULL;
        END IF;
        IF kind = 'person' THEN
          persons := changed;
        ELSIF kind = 'invitation' THEN
          -- the person an invitation named and names now: an answer of theirs locks the same key
          EXECUTE 'SELECT array_agg(DISTINCT person_id) FROM ('
            || CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT id, person_id FROM old_rows' ELSE '' END
            || CASE WHEN TG_OP = 'UPDATE' THEN ' UNION ALL ' ELSE '' END
            || CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT id, person_id FROM new_rows' ELSE '' END
            || ') x WHERE id = ANY ($1) AND person_id IS NOT NULL' INTO persons USING changed;
        END IF;
        PERFORM impact_pair_sync(kind, changed, persons);
        RETURN NULL;
      END $fn$`);

    for (const [table, kind, columns, relevant, ops] of TRIGGERS)
      for (const op of ops)
        await q.query(`
          CREATE TRIGGER impact_pair_${op.toLowerCase()} AFTER ${op} ON ${table}
            REFERENCING ${TRANSITION[op]}
            FOR EACH STATEMENT EXECUTE FUNCTION impact_pair_on_change('${kind}', '${columns}', '${relevant}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, , , , ops] of TRIGGERS)
      for (const op of ops)
        await q.query(`DROP TRIGGER impact_pair_${op.toLowerCase()} ON ${table}`);
    await q.query(`DROP FUNCTION impact_pair_on_change()`);
    await q.query(`DROP FUNCTION impact_pair_sync(text, uuid[], uuid[])`);
    await q.query(`DROP FUNCTION impact_pair_lock_units(uuid[])`);
    await q.query(`DROP FUNCTION impact_pair_lock_whole()`);
    // Migration 072's shape again (one lock for every refresh), with 077's LEFT JOIN.
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
          LEFT JOIN survey_invitation i ON i.id = r.invitation_id
          LEFT JOIN person_projection pp ON pp.id = i.person_id
         WHERE r.change IS NOT NULL AND post.phase = 'POST';
      END $fn$`);
    for (const [table, prefix, fn, ops, changed, find] of OLD_TRIGGERS) {
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE changed uuid[];
        DECLARE ids uuid[];
        BEGIN
          ${changed}
          IF changed IS NULL THEN
            RETURN NULL;
          END IF;
          ${find ? `PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));\n${find}` : 'ids := changed;'}
          PERFORM impact_pair_refresh(ids);
          RETURN NULL;
        END $fn$`);
      for (const op of ops)
        await q.query(`
          CREATE TRIGGER impact_pair_${op.toLowerCase()} AFTER ${op} ON ${table}
            REFERENCING ${OLD_TRANSITION[op](prefix)}
            FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
  }
}

type Op = 'INSERT' | 'UPDATE' | 'DELETE';
const TRANSITION: Record<Op, string> = {
  INSERT: 'NEW TABLE AS new_rows',
  UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  DELETE: 'OLD TABLE AS old_rows',
};

/**
 * Table, kind, the columns a pair is made of, which rows can make one, statements. An invitation
 * or survey is inserted before any response to it; a survey cannot be deleted while one refers to
 * it, and an invitation's deletion (retention) nulls its response's reference (migration 077),
 * which is an update of the response: only their updates need their own trigger.
 */
const TRIGGERS: ReadonlyArray<readonly [string, string, string, string, readonly Op[]]> = [
  [
    'survey_response',
    'response',
    'survey_id, invitation_id, change',
    'change IS NOT NULL',
    ['INSERT', 'UPDATE', 'DELETE'],
  ],
  ['survey_invitation', 'invitation', 'person_id, survey_id', 'true', ['UPDATE']],
  ['survey', 'survey', 'event_id, phase, instrument', 'true', ['UPDATE']],
  ['event_projection', 'event', 'academic_year', 'true', ['INSERT', 'UPDATE', 'DELETE']],
  ['person_projection', 'person', 'partner_id', 'true', ['INSERT', 'UPDATE', 'DELETE']],
];

const OLD_TRANSITION: Record<Op, (prefix: string) => string> = {
  INSERT: (p) => `NEW TABLE AS ${p}_new`,
  UPDATE: (p) => `OLD TABLE AS ${p}_old NEW TABLE AS ${p}_new`,
  DELETE: (p) => `OLD TABLE AS ${p}_old`,
};

/** Migration 072's rows ids that changed (by statement), then the responses to refresh. */
const changedOf = (prefix: string, columns: string, filter = 'true') => `
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO changed FROM ${prefix}_new WHERE ${filter};
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO changed FROM ${prefix}_old WHERE ${filter};
  ELSE
    SELECT array_agg(id) INTO changed FROM (
      SELECT o.id FROM ${prefix}_old o LEFT JOIN ${prefix}_new n ON n.id = o.id
       WHERE n.id IS NULL OR (${columns.replace(/(\w+)/g, 'n.$1')}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, 'o.$1')})
      UNION
      SELECT n.id FROM ${prefix}_new n LEFT JOIN ${prefix}_old o ON o.id = n.id WHERE o.id IS NULL
    ) x;
  END IF;`;

/** Migration 072's triggers: table, prefix, function, statements, changed ids, responses. */
const OLD_TRIGGERS: ReadonlyArray<
  readonly [string, string, string, readonly Op[], string, string | null]
> = [
  [
    'survey_response',
    'response',
    'impact_pair_from_response',
    ['INSERT', 'UPDATE', 'DELETE'],
    changedOf('response', 'survey_id, invitation_id, change', 'change IS NOT NULL'),
    null,
  ],
  [
    'survey_invitation',
    'invitation',
    'impact_pair_from_invitation',
    ['UPDATE'],
    changedOf('invitation', 'person_id, survey_id'),
    `SELECT array_agg(r.id) INTO ids FROM survey_response r
      WHERE r.invitation_id = ANY (changed) AND r.change IS NOT NULL;`,
  ],
  [
    'survey',
    'survey',
    'impact_pair_from_survey',
    ['UPDATE'],
    changedOf('survey', 'event_id, phase, instrument'),
    `SELECT array_agg(r.id) INTO ids FROM survey_response r
      WHERE r.survey_id = ANY (changed) AND r.change IS NOT NULL;`,
  ],
  [
    'event_projection',
    'event',
    'impact_pair_from_event',
    ['INSERT', 'UPDATE', 'DELETE'],
    changedOf('event', 'academic_year'),
    `SELECT array_agg(r.id) INTO ids
       FROM survey s JOIN survey_response r ON r.survey_id = s.id
      WHERE s.event_id = ANY (changed) AND s.phase = 'POST' AND r.change IS NOT NULL;`,
  ],
  [
    'person_projection',
    'person',
    'impact_pair_from_person',
    ['INSERT', 'UPDATE', 'DELETE'],
    changedOf('person', 'partner_id'),
    `SELECT array_agg(p.response_id) INTO ids FROM impact_pair p WHERE p.person_id = ANY (changed);`,
  ],
];
