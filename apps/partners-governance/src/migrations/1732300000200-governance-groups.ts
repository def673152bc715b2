import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups, memberships, meetings and Student Voice proposals, and the people they need to know. */
export class GovernanceGroups1732300000200 implements MigrationInterface {
  name = 'GovernanceGroups1732300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE governance_person (
        id          uuid PRIMARY KEY,
        partner_id  uuid NOT NULL,
        roles       text[] NOT NULL,
        is_student  boolean NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE governance_group (
        id            uuid PRIMARY KEY,
        kind          text NOT NULL,
        name          text NOT NULL,
        quorum_kind   text NOT NULL,
        quorum_value  integer NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT governance_group_kind_check CHECK (kind IN ('HEADS','MANAGEMENT','FINANCE','STUDENT_VOICE','OTHER')),
        CONSTRAINT governance_group_quorum_kind_check CHECK (quorum_kind IN ('MIN_PARTNERS','PERCENT_OF_MEMBER_PARTNERS')),
        CONSTRAINT governance_group_quorum_value_check CHECK (quorum_value >= 1 AND (quorum_kind <> 'PERCENT_OF_MEMBER_PARTNERS' OR quorum_value <= 100))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX governance_group_standing_kind_uq ON governance_group (kind) WHERE kind <> 'OTHER'`,
    );
    // The four standing groups exist from the start (fixed ids, so seeds and tests can name them).
    await q.query(`
      INSERT INTO governance_group (id, kind, name, quorum_kind, quorum_value) VALUES
        ('00000000-0000-4000-8000-0000000a0001', 'HEADS', 'Heads Group', 'PERCENT_OF_MEMBER_PARTNERS', 50),
        ('00000000-0000-4000-8000-0000000a0002', 'MANAGEMENT', 'Management Group', 'PERCENT_OF_MEMBER_PARTNERS', 50),
        ('00000000-0000-4000-8000-0000000a0003', 'FINANCE', 'Finance Group', 'MIN_PARTNERS', 2),
        ('00000000-0000-4000-8000-0000000a0004', 'STUDENT_VOICE', 'Student Voice Group', 'MIN_PARTNERS', 2)`);
    await q.query(`
      CREATE TABLE group_membership (
        id          uuid PRIMARY KEY,
        group_id    uuid NOT NULL,
        person_id   uuid NOT NULL,
        partner_id  uuid NOT NULL,
        role        text NOT NULL,
        from_on     date NOT NULL,
        to_on       date,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT group_membership_role_check CHECK (role IN ('CHAIR','CHAMPION','MEMBER')),
        CONSTRAINT group_membership_dates_check CHECK (to_on IS NULL OR to_on >= from_on)
      )`);
    await q.query(
      `CREATE INDEX group_membership_group_idx ON group_membership (group_id, partner_id)`,
    );
    await q.query(`CREATE INDEX group_membership_person_idx ON group_membership (person_id)`);
    await q.query(
      `CREATE UNIQUE INDEX group_membership_open_uq ON group_membership (group_id, person_id) WHERE to_on IS NULL`,
    );
    await q.query(`
      CREATE TABLE meeting (
        id          uuid PRIMARY KEY,
        group_id    uuid NOT NULL,
        starts_at   timestamptz NOT NULL,
        place       text,
        online_url  text,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_group_idx ON meeting (group_id, starts_at)`);
    await q.query(`
      CREATE TABLE agenda_item (
        id          uuid PRIMARY KEY,
        meeting_id  uuid NOT NULL,
        position    integer NOT NULL,
        title       text NOT NULL,
        minutes     text
      )`);
    await q.query(
      `CREATE UNIQUE INDEX agenda_item_position_uq ON agenda_item (meeting_id, position)`,
    );
    await q.query(`
      CREATE TABLE meeting_attendance (
        meeting_id  uuid NOT NULL,
        person_id   uuid NOT NULL,
        partner_id  uuid NOT NULL,
        status      text NOT NULL,
        CONSTRAINT meeting_attendance_pk PRIMARY KEY (meeting_id, person_id),
        CONSTRAINT meeting_attendance_status_check CHECK (status IN ('PRESENT','APOLOGIES'))
      )`);
    await q.query(`
      CREATE TABLE meeting_decision (
        id              uuid PRIMARY KEY,
        meeting_id      uuid NOT NULL,
        agenda_item_id  uuid,
        motion          text NOT NULL,
        outcome         text NOT NULL,
        votes_for       integer,
        votes_against   integer,
        abstentions     integer,
        proposal_id     uuid,
        recorded_by     uuid NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_decision_outcome_check CHECK (outcome IN ('CARRIED','REJECTED','DEFERRED')),
        CONSTRAINT meeting_decision_votes_check CHECK (coalesce(votes_for, 0) >= 0 AND coalesce(votes_against, 0) >= 0 AND coalesce(abstentions, 0) >= 0)
      )`);
    await q.query(`CREATE INDEX meeting_decision_meeting_idx ON meeting_decision (meeting_id)`);
    await q.query(`
      CREATE TABLE action_item (
        id           uuid PRIMARY KEY,
        meeting_id   uuid NOT NULL,
        group_id     uuid NOT NULL,
        description  text NOT NULL,
        owner_id     uuid NOT NULL,
        due_on       date,
        status       text NOT NULL,
        closed_at    timestamptz,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_item_status_check CHECK (status IN ('OPEN','DONE','DROPPED'))
      )`);
    await q.query(`CREATE INDEX action_item_group_idx ON action_item (group_id, status)`);
    await q.query(`CREATE INDEX action_item_owner_idx ON action_item (owner_id)`);
    await q.query(`
      CREATE TABLE student_voice_proposal (
        id                       uuid PRIMARY KEY,
        title                    text NOT NULL,
        kind                     text NOT NULL,
        audience                 text NOT NULL,
        aims                     text[] NOT NULL,
        rationale                text NOT NULL,
        students_will_help_with  text NOT NULL,
        proposer_ids             uuid[] NOT NULL,
        partner_id               uuid NOT NULL,
        status                   text NOT NULL,
        decision_id              uuid,
        meeting_id               uuid,
        decision_reason          text,
        decided_on               date,
        created_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT student_voice_proposal_status_check CHECK (status IN ('PROPOSED','APPROVED','REJECTED')),
        CONSTRAINT student_voice_proposal_audience_check CHECK (audience IN ('STUDENTS','TEACHERS','BOTH')),
        CONSTRAINT student_voice_proposal_proposers_check CHECK (cardinality(proposer_ids) >= 1)
      )`);
    await q.query(
      `CREATE INDEX student_voice_proposal_partner_idx ON student_voice_proposal (partner_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'student_voice_proposal',
      'action_item',
      'meeting_decision',
      'meeting_attendance',
      'agenda_item',
      'meeting',
      'group_membership',
      'governance_group',
      'governance_person',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
