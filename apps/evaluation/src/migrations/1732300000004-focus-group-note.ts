import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Qualitative evidence beside the scores: notes of focus groups, tagged with the partnership's
 * aims and free themes. Counts of participants only, never their names.
 */
export class FocusGroupNote1732300000004 implements MigrationInterface {
  name = 'FocusGroupNote1732300000004';

  async up(q: QueryRunner): Promise<void> {
    // event_id and partner_id have no foreign keys: both point at projections of other services'
    // data, checked by recordFocusGroupNote when the note is written.
    await q.query(`
      CREATE TABLE focus_group_note (
        id                 uuid PRIMARY KEY,
        event_id           uuid,
        partner_id         uuid,
        held_on            date NOT NULL,
        aims               text[] NOT NULL,
        themes             text[] NOT NULL,
        summary            text NOT NULL,
        participant_count  int NOT NULL,
        recorded_by        uuid,
        recorded_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT focus_group_note_aims_check CHECK (
          cardinality(aims) >= 1
          AND aims <@ ARRAY['WIDENING_HORIZONS','RAISING_ASPIRATIONS','CONFIDENCE','RESILIENCE','WELLBEING','COMMUNITY']::text[]),
        CONSTRAINT focus_group_note_themes_check CHECK (cardinality(themes) BETWEEN 1 AND 10),
        CONSTRAINT focus_group_note_summary_check CHECK (char_length(summary) BETWEEN 1 AND 5000),
        CONSTRAINT focus_group_note_participant_count_check CHECK (participant_count >= 1)
      )`);
    // Lists and theme counts are by partner and academic year (a range of held_on).
    await q.query(
      `CREATE INDEX focus_group_note_partner_held_idx ON focus_group_note (partner_id, held_on)`,
    );
    await q.query(`CREATE INDEX focus_group_note_held_idx ON focus_group_note (held_on)`);
    // Erasure clears recorded_by; retention deletes by age.
    await q.query(
      `CREATE INDEX focus_group_note_recorded_by_idx ON focus_group_note (recorded_by)`,
    );
    await q.query(`CREATE INDEX focus_group_note_recorded_idx ON focus_group_note (recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE focus_group_note`);
  }
}
