import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: rectification requests (UK GDPR art. 16). Who asked for which correction of whose
 * record and why; who handled it, when and how. An open request has no handled_at, so the
 * retention job (three years after handled_at) never removes one still waiting.
 */
export class RectificationRequest1732300002004 implements MigrationInterface {
  name = 'RectificationRequest1732300002004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rectification_request (
        id              uuid PRIMARY KEY,
        person_id       uuid NOT NULL,
        field           text NOT NULL
                        CONSTRAINT rectification_request_field_check
                        CHECK (field IN ('DISPLAY_NAME','YEAR_GROUP','EMAIL','PHONE')),
        requested_value text NOT NULL,
        reason          text NOT NULL,
        requested_by    uuid,
        requested_at    timestamptz NOT NULL,
        status          text NOT NULL
                        CONSTRAINT rectification_request_status_check
                        CHECK (status IN ('OPEN','APPLIED','REFUSED')),
        handled_by      uuid,
        handled_at      timestamptz,
        outcome_reason  text,
        CONSTRAINT rectification_request_handled_check
          CHECK ((status = 'OPEN') = (handled_at IS NULL)),
        CONSTRAINT rectification_request_refusal_check
          CHECK ((status = 'REFUSED') = (outcome_reason IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX rectification_request_person_idx ON rectification_request (person_id, requested_at)`,
    );
    await q.query(
      `CREATE INDEX rectification_request_requester_idx ON rectification_request (requested_by, requested_at)`,
    );
    await q.query(
      `CREATE INDEX rectification_request_handled_idx ON rectification_request (handled_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rectification_request`);
  }
}
