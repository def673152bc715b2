import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners' term calendars as partners-governance announces them (TermCalendarChanged): the
 * holidays, INSET days and exam periods that make an event's date clash for a participating
 * partner. A year's rows are replaced whole on each event.
 */
export class TermCalendarProjection1732300000100 implements MigrationInterface {
  name = 'TermCalendarProjection1732300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_term_date (
        partner_id    uuid NOT NULL,
        academic_year text NOT NULL,
        position      integer NOT NULL,
        kind          text NOT NULL CONSTRAINT partner_term_date_kind_check
                      CHECK (kind IN ('TERM','HOLIDAY','INSET_DAY','EXAM_PERIOD')),
        starts_on     date NOT NULL,
        ends_on       date NOT NULL,
        label         text,
        CONSTRAINT partner_term_date_pkey PRIMARY KEY (partner_id, academic_year, position),
        CONSTRAINT partner_term_date_dates_check CHECK (ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE INDEX partner_term_date_partner_dates_idx ON partner_term_date (partner_id, starts_on, ends_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_term_date`);
  }
}
