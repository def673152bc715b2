import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

const UPSERT = `
  INSERT INTO governance_person (id, partner_id, roles, is_student, updated_at)
  VALUES ($1, $2, $3, $4, now())
  ON CONFLICT (id) DO UPDATE SET partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles,
    is_student = EXCLUDED.is_student, updated_at = now()`;

/**
 * Governance needs to know who people are to check memberships (partner, student or not), never
 * their names. PersonRegistered and PersonUpdated share one shape.
 */
export const personRegisteredHandler = defineHandler(
  PeopleEvents.registered,
  async ({ manager }, p) => {
    await manager.query(UPSERT, [p.personId, p.partnerId, p.roles, p.roles.includes('STUDENT')]);
  },
);

export const personUpdatedHandler = defineHandler(PeopleEvents.updated, async ({ manager }, p) => {
  await manager.query(UPSERT, [p.personId, p.partnerId, p.roles, p.roles.includes('STUDENT')]);
});

/**
 * Erasure: the person leaves the projection, their memberships and attendance go, actions they
 * owned and decisions they recorded keep the group's record without pointing at them (the
 * all-zero id stands for "an erased person"), and they are taken off proposals (a proposal left
 * with no proposer goes).
 */
export const ERASED_PERSON_ID = '00000000-0000-4000-8000-000000000000';

export const personErasedHandler = defineHandler(PeopleEvents.erased, async ({ manager: m }, p) => {
  await m.query(`DELETE FROM governance_person WHERE id = $1`, [p.personId]);
  await m.query(`DELETE FROM group_membership WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM meeting_attendance WHERE person_id = $1`, [p.personId]);
  await m.query(`UPDATE action_item SET owner_id = $2 WHERE owner_id = $1`, [
    p.personId,
    ERASED_PERSON_ID,
  ]);
  await m.query(`UPDATE meeting_decision SET recorded_by = $2 WHERE recorded_by = $1`, [
    p.personId,
    ERASED_PERSON_ID,
  ]);
  await m.query(
    `UPDATE student_voice_proposal SET proposer_ids = array_remove(proposer_ids, $1::uuid)
     WHERE $1::uuid = ANY(proposer_ids) AND cardinality(proposer_ids) > 1`,
    [p.personId],
  );
  await m.query(`DELETE FROM student_voice_proposal WHERE proposer_ids = ARRAY[$1::uuid]`, [
    p.personId,
  ]);
});

export const handlers = [personRegisteredHandler, personUpdatedHandler, personErasedHandler];
