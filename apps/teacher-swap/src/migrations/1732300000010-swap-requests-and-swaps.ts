import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests (the other half of the pool), swaps with their lifecycle, reflections, and what
 * people says of each person's safeguarding check. No foreign keys to people's ids (as for
 * offers): erasure and demo data must not depend on event order. Constraints are named so the
 * entities can mirror them.
 */
export class SwapRequestsAndSwaps1732300000010 implements MigrationInterface {
  name = 'SwapRequestsAndSwaps1732300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE swap_request (
        id                uuid PRIMARY KEY,
        teacher_id        uuid NOT NULL,
        subjects          text[] NOT NULL,
        phase             text NOT NULL,
        available_from    date NOT NULL,
        available_to      date NOT NULL,
        max_travel_miles  integer NOT NULL,
        notes             text,
        status            text NOT NULL DEFAULT 'OPEN',
        sector            text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        withdrawn_at      timestamptz,
        CONSTRAINT swap_request_subjects CHECK (cardinality(subjects) BETWEEN 1 AND 5),
        CONSTRAINT swap_request_phase CHECK (phase IN ('PRIMARY','KS3','KS4','KS5')),
        CONSTRAINT swap_request_miles CHECK (max_travel_miles BETWEEN 1 AND 60),
        CONSTRAINT swap_request_notes CHECK (length(notes) <= 1000),
        CONSTRAINT swap_request_status CHECK (status IN ('OPEN','WITHDRAWN')),
        CONSTRAINT swap_request_sector CHECK (sector IN ('STATE','INDEPENDENT')),
        CONSTRAINT swap_request_dates CHECK (available_to >= available_from),
        CONSTRAINT swap_request_withdrawn_at CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX swap_request_teacher_idx ON swap_request (teacher_id, created_at)`);
    await q.query(
      `CREATE INDEX swap_request_pool_idx ON swap_request (status, sector, created_at)`,
    );

    await q.query(`
      CREATE TABLE swap (
        id                    uuid PRIMARY KEY,
        offer_id              uuid NOT NULL,
        request_id            uuid NOT NULL,
        visiting_teacher_id   uuid NOT NULL,
        host_teacher_id       uuid NOT NULL,
        visiting_partner_id   uuid NOT NULL,
        host_partner_id       uuid NOT NULL,
        subjects              text[] NOT NULL,
        phase                 text NOT NULL,
        starts_on             date NOT NULL,
        ends_on               date NOT NULL,
        status                text NOT NULL DEFAULT 'PROPOSED',
        pinned                boolean NOT NULL DEFAULT false,
        score                 double precision,
        explanation           jsonb,
        host_approved_at      timestamptz,
        visiting_approved_at  timestamptz,
        checks_confirmed_at   timestamptz,
        checks_confirmed_by   uuid,
        scheduled_at          timestamptz,
        completed_on          date,
        withdrawn_at          timestamptz,
        withdrawn_reason      text,
        created_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT swap_status CHECK (status IN ('PROPOSED','APPROVED','CHECKS_CONFIRMED','SCHEDULED','COMPLETED','REFLECTED','WITHDRAWN')),
        CONSTRAINT swap_dates CHECK (ends_on >= starts_on),
        CONSTRAINT swap_two_teachers CHECK (visiting_teacher_id <> host_teacher_id),
        CONSTRAINT swap_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawn_reason IS NOT NULL)),
        CONSTRAINT swap_reason CHECK (length(withdrawn_reason) BETWEEN 1 AND 500)
      )`);
    // A pair is proposed once (a matching round is idempotent); an offer or a request is in at most
    // one live swap at a time.
    await q.query(`CREATE UNIQUE INDEX swap_pair_uq ON swap (offer_id, request_id)`);
    await q.query(
      `CREATE UNIQUE INDEX swap_live_offer_uq ON swap (offer_id) WHERE status <> 'WITHDRAWN'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX swap_live_request_uq ON swap (request_id) WHERE status <> 'WITHDRAWN'`,
    );
    await q.query(`CREATE INDEX swap_host_teacher_idx ON swap (host_teacher_id)`);
    await q.query(`CREATE INDEX swap_visiting_teacher_idx ON swap (visiting_teacher_id)`);

    await q.query(`
      CREATE TABLE swap_reflection (
        swap_id       uuid NOT NULL,
        teacher_id    uuid NOT NULL,
        text          text NOT NULL,
        aims          text[] NOT NULL DEFAULT '{}',
        reflected_on  date NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT swap_reflection_pk PRIMARY KEY (swap_id, teacher_id),
        CONSTRAINT swap_reflection_text CHECK (length(text) BETWEEN 1 AND 4000)
      )`);
    await q.query(`CREATE INDEX swap_reflection_teacher_idx ON swap_reflection (teacher_id)`);

    await q.query(`
      CREATE TABLE person_safeguarding (
        person_id      uuid PRIMARY KEY,
        cleared_until  date,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_safeguarding`);
    await q.query(`DROP TABLE swap_reflection`);
    await q.query(`DROP TABLE swap`);
    await q.query(`DROP TABLE swap_request`);
  }
}
