import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of invitations must not fail, nor take the evidence with it. `survey_invitation` is
 * deleted 800 days after `invited_at` (its data policy: it is the only link between a person and
 * their answers), but `survey_response.invitation_id` referred to it with no ON DELETE, so the
 * retention job's DELETE would have failed as soon as an answered invitation was that old, and
 * kept failing every hour. The responses are the evaluation's evidence and their policy keeps
 * them (pseudonymous, for aggregate statistics), so deleting them with the invitation would be
 * wrong, and keeping answered invitations as long as their responses would keep the link to a
 * person for ever. So the reference is nulled: the response stays, and reaches nobody.
 *
 * A response without an invitation counts as an erased person's does (erasure leaves the
 * invitation with no person): in the impact pairs its unit is the response itself, with no
 * partner and no dose. `impact_pair_refresh` therefore joins the invitation LEFT; the cascaded
 * UPDATE of `invitation_id` fires `survey_response`'s statement trigger (once per DELETE, with
 * every nulled row), which refreshes those pairs in the same transaction.
 */
export class InvitationRetention1732300000077 implements MigrationInterface {
  name = 'InvitationRetention1732300000077';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE survey_response ALTER COLUMN invitation_id DROP NOT NULL`);
    await q.query(`ALTER TABLE survey_response DROP CONSTRAINT survey_response_invitation_id_fkey`);
    await q.query(`
      ALTER TABLE survey_response ADD CONSTRAINT survey_response_invitation_id_fkey
        FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id) ON DELETE SET NULL`);
    await q.query(refreshFunction('LEFT JOIN'));
  }

  async down(q: QueryRunner): Promise<void> {
    // Responses whose invitation retention removed cannot point at one again.
    await q.query(`DELETE FROM survey_response WHERE invitation_id IS NULL`);
    await q.query(refreshFunction('JOIN'));
    await q.query(`ALTER TABLE survey_response DROP CONSTRAINT survey_response_invitation_id_fkey`);
    await q.query(`
      ALTER TABLE survey_response ADD CONSTRAINT survey_response_invitation_id_fkey
        FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id)`);
    await q.query(`ALTER TABLE survey_response ALTER COLUMN invitation_id SET NOT NULL`);
  }
}

/** Migration 072's refresh, with the invitation joined as given (072: inner; now: LEFT). */
const refreshFunction = (invitationJoin: 'JOIN' | 'LEFT JOIN') => `
  CREATE OR REPLACE FUNCTION impact_pair_refresh(responses uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    IF responses IS NULL OR cardinality(responses) = 0 THEN
      RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('evaluation:impact_pair'));
    DELETE FROM impact_pair WHERE response_id = ANY (responses);
    INSERT INTO impact_pair (response_id, academic_year, event_id, instrument, person_id, unit, partner_id, change)
    SELECT r.id, e.academic_year, post.event_id, post.instrument, i.person_id,
           coalesce(i.person_id, r.id), pp.partner_id, r.change
      FROM (SELECT DISTINCT id FROM unnest(responses) AS x(id)) x
      JOIN survey_response r ON r.id = x.id
      JOIN survey post ON post.id = r.survey_id
      JOIN event_projection e ON e.id = post.event_id
      ${invitationJoin} survey_invitation i ON i.id = r.invitation_id
      LEFT JOIN person_projection pp ON pp.id = i.person_id
     WHERE r.change IS NOT NULL AND post.phase = 'POST';
  END $fn$`;
