import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvent1732300000002 implements MigrationInterface {
  name = 'CreateEvent1732300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event (
        id               uuid PRIMARY KEY,
        title            text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        kind             text NOT NULL CHECK (kind IN ('TEACHMEET','CPD','SUBJECT_CLUSTER','CHOIR','SPORT',
                           'OUTDOOR_LEARNING','WELLBEING','BAKE_OFF','STUDENT_VOICE','TEACHER_SWAP_VISIT','OTHER')),
        audience         text NOT NULL CHECK (audience IN ('STUDENTS','TEACHERS','BOTH')),
        year_groups      int[] NOT NULL DEFAULT '{}' CHECK (year_groups <@ ARRAY[7,8,9,10,11,12,13]),
        host_partner_id  uuid,
        venue            text CHECK (venue IS NULL OR length(venue) BETWEEN 1 AND 200),
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        aims             text[] NOT NULL CHECK (cardinality(aims) >= 1 AND aims <@ ARRAY['WIDENING_HORIZONS',
                           'RAISING_ASPIRATIONS','CONFIDENCE','RESILIENCE','WELLBEING','COMMUNITY']),
        capacity         int NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
        status           text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','COMPLETED','CANCELLED')),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at),
        -- Year groups decide who may register: present exactly when students may come.
        CONSTRAINT event_year_groups_match_audience CHECK ((audience = 'TEACHERS') = (cardinality(year_groups) = 0)),
        CONSTRAINT event_has_a_place CHECK (host_partner_id IS NOT NULL OR venue IS NOT NULL)
      )`);
    // The programme is paged by (starts_at, id); partners list the events they host.
    await q.query(`CREATE INDEX event_starts_at_id_idx ON event (starts_at, id)`);
    await q.query(
      `CREATE INDEX event_host_partner_idx ON event (host_partner_id, starts_at) WHERE host_partner_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event`);
  }
}
