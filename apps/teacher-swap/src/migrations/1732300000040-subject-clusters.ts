import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subject clusters: teachers of one subject across partners, their membership and the resources
 * they share. No foreign keys to people's ids (as for swaps): erasure and demo data must not
 * depend on event order. Rules on lengths and links live in domain/cluster-rules.ts.
 */
export class SubjectClusters1732300000040 implements MigrationInterface {
  name = 'SubjectClusters1732300000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subject_cluster (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        subject     text NOT NULL,
        phase       text,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE subject_cluster_member (
        cluster_id  uuid NOT NULL,
        person_id   uuid NOT NULL,
        lead        boolean NOT NULL DEFAULT false,
        joined_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subject_cluster_member_pk PRIMARY KEY (cluster_id, person_id)
      )`);
    await q.query(
      `CREATE INDEX subject_cluster_member_person_idx ON subject_cluster_member (person_id)`,
    );
    await q.query(`
      CREATE TABLE cluster_resource (
        id              uuid PRIMARY KEY,
        cluster_id      uuid NOT NULL,
        title           text NOT NULL,
        url             text,
        file_reference  text,
        exam_course     text,
        tags            text[] NOT NULL DEFAULT '{}',
        added_by        uuid,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX cluster_resource_cluster_idx ON cluster_resource (cluster_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cluster_resource`);
    await q.query(`DROP TABLE subject_cluster_member`);
    await q.query(`DROP TABLE subject_cluster`);
  }
}
