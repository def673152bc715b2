import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator's annotations of students' reflections for the quote bank: theme tags and
 * whether a quote may appear in the annual report. Keyed by the response; it goes with it.
 */
export class StudentVoices1732300000050 implements MigrationInterface {
  name = 'StudentVoices1732300000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE student_voice_annotation (
        response_id  uuid PRIMARY KEY
                     CONSTRAINT student_voice_annotation_response_id_fkey
                     REFERENCES survey_response (id) ON DELETE CASCADE,
        publishable  boolean NOT NULL DEFAULT false,
        themes       text[] NOT NULL DEFAULT '{}',
        annotated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX student_voice_annotation_themes_idx ON student_voice_annotation USING gin (themes)`,
    );
    // Quotes are listed per academic year, newest id first, among responses that have words.
    await q.query(
      `CREATE INDEX survey_response_reflection_idx ON survey_response (survey_id, id)
         WHERE reflection IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX survey_response_reflection_idx`);
    await q.query(`DROP TABLE student_voice_annotation`);
  }
}
