import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running a school year (issue 14, events part): standing groups and their sessions, travel per
 * event and partner, the ambassador pool's availability, offers and hours. Each table is its own,
 * so the event table itself is unchanged.
 */
export class SchoolYear1732300000600 implements MigrationInterface {
  name = 'SchoolYear1732300000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE standing_group (
        id          uuid PRIMARY KEY,
        title       text NOT NULL CONSTRAINT standing_group_title_check CHECK (length(title) BETWEEN 3 AND 200),
        kind        text NOT NULL CONSTRAINT standing_group_kind_check
          CHECK (kind IN ('TEACHMEET','CPD','SUBJECT_CLUSTER','CHOIR','SPORT','OUTDOOR_LEARNING','WELLBEING','BAKE_OFF','STUDENT_VOICE','TEACHER_SWAP_VISIT','OTHER')),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE standing_group_member (
        group_id    uuid NOT NULL REFERENCES standing_group (id),
        person_id   uuid NOT NULL,
        joined_at   timestamptz NOT NULL,
        left_at     timestamptz,
        PRIMARY KEY (group_id, person_id)
      )`);
    await q.query(
      `CREATE INDEX standing_group_member_person_idx ON standing_group_member (person_id)`,
    );
    await q.query(`
      CREATE TABLE standing_group_session (
        event_id    uuid PRIMARY KEY REFERENCES event (id),
        group_id    uuid NOT NULL REFERENCES standing_group (id)
      )`);
    await q.query(
      `CREATE INDEX standing_group_session_group_idx ON standing_group_session (group_id)`,
    );

    await q.query(`
      CREATE TABLE event_travel (
        event_id      uuid NOT NULL REFERENCES event (id),
        partner_id    uuid NOT NULL,
        mode          text NOT NULL CONSTRAINT event_travel_mode_check
          CHECK (mode IN ('COACH','MINIBUS','PUBLIC_TRANSPORT','WALKING','PARENTS')),
        pickup_at     timestamptz NOT NULL,
        pickup_place  text NOT NULL CONSTRAINT event_travel_pickup_place_check CHECK (length(pickup_place) BETWEEN 1 AND 200),
        seats         int NOT NULL CONSTRAINT event_travel_seats_check CHECK (seats BETWEEN 0 AND 1000),
        cost_pence    int NOT NULL CONSTRAINT event_travel_cost_pence_check CHECK (cost_pence BETWEEN 0 AND 100000000),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, partner_id)
      )`);

    await q.query(`
      CREATE TABLE ambassador_availability (
        id          uuid PRIMARY KEY,
        person_id   uuid NOT NULL,
        starts_at   timestamptz NOT NULL,
        ends_at     timestamptz NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ambassador_availability_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(
      `CREATE INDEX ambassador_availability_person_idx ON ambassador_availability (person_id, starts_at)`,
    );
    await q.query(`
      CREATE TABLE event_ambassador_slots (
        event_id    uuid PRIMARY KEY REFERENCES event (id),
        slots       int NOT NULL CONSTRAINT event_ambassador_slots_slots_check CHECK (slots BETWEEN 0 AND 100)
      )`);
    await q.query(`
      CREATE TABLE ambassador_offer (
        event_id     uuid NOT NULL REFERENCES event (id),
        person_id    uuid NOT NULL,
        status       text NOT NULL CONSTRAINT ambassador_offer_status_check CHECK (status IN ('OFFERED','ACCEPTED')),
        offered_at   timestamptz NOT NULL,
        accepted_at  timestamptz,
        PRIMARY KEY (event_id, person_id)
      )`);
    await q.query(`CREATE INDEX ambassador_offer_person_idx ON ambassador_offer (person_id)`);
    await q.query(`
      CREATE TABLE ambassador_hours (
        event_id    uuid NOT NULL REFERENCES event (id),
        person_id   uuid NOT NULL,
        minutes     int NOT NULL CONSTRAINT ambassador_hours_minutes_check CHECK (minutes BETWEEN 1 AND 1440),
        logged_at   timestamptz NOT NULL,
        PRIMARY KEY (event_id, person_id)
      )`);
    await q.query(`CREATE INDEX ambassador_hours_person_idx ON ambassador_hours (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'ambassador_hours',
      'ambassador_offer',
      'event_ambassador_slots',
      'ambassador_availability',
      'event_travel',
      'standing_group_session',
      'standing_group_member',
      'standing_group',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
