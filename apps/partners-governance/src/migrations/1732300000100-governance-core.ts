import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners over time (membership periods), associate applications and contributions, MoU
 * versions and signatures, term calendars, aims and the Heads Group's priorities.
 * `partner.joined_on`/`left_on` stay: they are the current (latest) period, kept in step by the
 * use cases, because every reader of the graph and `partners(status)` use them.
 */
export class GovernanceCore1732300000100 implements MigrationInterface {
  name = 'GovernanceCore1732300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_membership_period (
        id             uuid PRIMARY KEY,
        partner_id     uuid NOT NULL REFERENCES partner (id),
        joined_on      date NOT NULL,
        left_on        date,
        leaving_reason text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partner_membership_period_dates_check CHECK (left_on IS NULL OR left_on >= joined_on),
        CONSTRAINT partner_membership_period_reason_check CHECK ((left_on IS NULL) = (leaving_reason IS NULL))
      )`);
    // At most one open period per partner; overlaps are refused by the use cases under a lock.
    await q.query(
      `CREATE UNIQUE INDEX partner_membership_period_open_uq ON partner_membership_period (partner_id) WHERE left_on IS NULL`,
    );
    await q.query(
      `CREATE INDEX partner_membership_period_partner_idx ON partner_membership_period (partner_id, joined_on)`,
    );
    // Every partner so far had one period: the dates on its row. Its leaving reason was never kept.
    await q.query(`
      INSERT INTO partner_membership_period (id, partner_id, joined_on, left_on, leaving_reason)
      SELECT gen_random_uuid(), id, joined_on, left_on,
             CASE WHEN left_on IS NULL THEN NULL ELSE 'not recorded' END
      FROM partner`);

    await q.query(`
      CREATE TABLE associate_application (
        id                uuid PRIMARY KEY,
        organisation_name text NOT NULL CHECK (length(organisation_name) BETWEEN 2 AND 200),
        town              text NOT NULL,
        contact_role      text NOT NULL,
        offer             text NOT NULL,
        status            text NOT NULL CONSTRAINT associate_application_status_check
                          CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        received_on       date NOT NULL,
        decided_by        uuid,
        decided_on        date,
        decision_reason   text,
        partner_id        uuid REFERENCES partner (id),
        CONSTRAINT associate_application_decision_check CHECK (
          (status = 'PENDING') = (decided_on IS NULL) AND (status = 'APPROVED') = (partner_id IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE associate_contribution (
        id            uuid PRIMARY KEY,
        partner_id    uuid NOT NULL REFERENCES partner (id),
        kind          text NOT NULL CONSTRAINT associate_contribution_kind_check
                      CHECK (kind IN ('VENUE','SPEAKER','SPONSORSHIP','IN_KIND')),
        description   text NOT NULL,
        amount_pence  integer CONSTRAINT associate_contribution_amount_check CHECK (amount_pence >= 0),
        event_id      uuid,
        academic_year text,
        recorded_on   date NOT NULL,
        CONSTRAINT associate_contribution_target_check CHECK ((event_id IS NULL) <> (academic_year IS NULL)),
        CONSTRAINT associate_contribution_sponsorship_check CHECK ((kind = 'SPONSORSHIP') = (amount_pence IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX associate_contribution_partner_idx ON associate_contribution (partner_id)`,
    );

    await q.query(`
      CREATE TABLE mou_version (
        id             uuid PRIMARY KEY,
        title          text NOT NULL,
        body           text,
        document_ref   text,
        effective_from date NOT NULL,
        effective_to   date,
        renewal_due_on date,
        is_current     boolean NOT NULL DEFAULT false,
        published_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mou_version_content_check CHECK (body IS NOT NULL OR document_ref IS NOT NULL),
        CONSTRAINT mou_version_dates_check CHECK (effective_to IS NULL OR effective_to >= effective_from)
      )`);
    // Exactly one current version (at most one here; the use case always sets one).
    await q.query(
      `CREATE UNIQUE INDEX mou_version_current_uq ON mou_version (is_current) WHERE is_current`,
    );
    await q.query(`
      CREATE TABLE mou_signature (
        id                  uuid PRIMARY KEY,
        mou_version_id      uuid NOT NULL REFERENCES mou_version (id),
        partner_id          uuid NOT NULL REFERENCES partner (id),
        signed_by_person_id uuid NOT NULL,
        signer_role         text NOT NULL,
        signed_on           date NOT NULL,
        CONSTRAINT mou_signature_version_partner_uq UNIQUE (mou_version_id, partner_id)
      )`);

    await q.query(`
      CREATE TABLE term_calendar_entry (
        id            uuid PRIMARY KEY,
        partner_id    uuid NOT NULL REFERENCES partner (id),
        academic_year text NOT NULL,
        kind          text NOT NULL CONSTRAINT term_calendar_entry_kind_check
                      CHECK (kind IN ('TERM','HOLIDAY','INSET_DAY','EXAM_PERIOD')),
        starts_on     date NOT NULL,
        ends_on       date NOT NULL,
        label         text,
        CONSTRAINT term_calendar_entry_dates_check CHECK (ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE INDEX term_calendar_entry_partner_year_idx ON term_calendar_entry (partner_id, academic_year)`,
    );

    await q.query(`
      CREATE TABLE aim (
        code        text PRIMARY KEY,
        title       text NOT NULL,
        description text NOT NULL,
        position    integer NOT NULL
      )`);
    // The same codes as the Aim enums of events and evaluation (kept stable there).
    await q.query(`
      INSERT INTO aim (code, title, description, position) VALUES
        ('WIDENING_HORIZONS', 'Widening horizons', 'Students meet people, places and subjects beyond their own school.', 1),
        ('RAISING_ASPIRATIONS', 'Raising aspirations', 'Students see what they could go on to do, including higher education.', 2),
        ('CONFIDENCE', 'Confidence', 'Students grow in confidence.', 3),
        ('RESILIENCE', 'Resilience', 'Students grow in resilience.', 4),
        ('WELLBEING', 'Well-being', 'Students'' mental well-being.', 5),
        ('COMMUNITY', 'Sense of community', 'A sense of belonging to a community across schools.', 6)`);
    await q.query(`
      CREATE TABLE priority (
        id            uuid PRIMARY KEY,
        academic_year text NOT NULL,
        title         text NOT NULL,
        description   text NOT NULL,
        aims          text[] NOT NULL DEFAULT '{}',
        position      integer NOT NULL,
        CONSTRAINT priority_year_position_uq UNIQUE (academic_year, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE priority`);
    await q.query(`DROP TABLE aim`);
    await q.query(`DROP TABLE term_calendar_entry`);
    await q.query(`DROP TABLE mou_signature`);
    await q.query(`DROP TABLE mou_version`);
    await q.query(`DROP TABLE associate_contribution`);
    await q.query(`DROP TABLE associate_application`);
    await q.query(`DROP TABLE partner_membership_period`);
  }
}
