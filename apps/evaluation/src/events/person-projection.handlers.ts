import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { PersonRegisteredV1 } from '@ekst/contracts';
import type { EntityManager } from 'typeorm';

async function upsertPerson(m: EntityManager, p: PersonRegisteredV1): Promise<void> {
  await m.query(
    `INSERT INTO person_projection (id, partner_id, roles, year_group, updated_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (id) DO UPDATE SET partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles,
       year_group = EXCLUDED.year_group, updated_at = now()`,
    [p.personId, p.partnerId, p.roles, p.yearGroup],
  );
}

/** A person's events share a key, so registered/updated arrive in order: the last one wins. */
export const personRegisteredHandler = defineHandler(PeopleEvents.registered, ({ manager }, p) =>
  upsertPerson(manager, p),
);
export const personUpdatedHandler = defineHandler(PeopleEvents.updated, ({ manager }, p) =>
  upsertPerson(manager, p),
);

/**
 * Erasure: the person's partner, year group and attendance go; unanswered invitations go; answered
 * ones lose their person (and the reflection its free text, which can identify), so the scores
 * and pre/post changes stay in aggregate statistics but can no longer be traced to anyone; they
 * no longer have a partner or a dose, so they count in ALL only.
 */
export const personErasedHandler = defineHandler(PeopleEvents.erased, async ({ manager: m }, p) => {
  await m.query(
    `UPDATE survey_response SET reflection = NULL
     WHERE invitation_id IN (SELECT id FROM survey_invitation WHERE person_id = $1)`,
    [p.personId],
  );
  await m.query(`DELETE FROM survey_invitation WHERE person_id = $1 AND responded_at IS NULL`, [
    p.personId,
  ]);
  await m.query(`UPDATE survey_invitation SET person_id = NULL WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM attendance_dose WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM event_registration WHERE person_id = $1`, [p.personId]);
  await m.query(
    `INSERT INTO erased_person (id_hash) VALUES (sha256(convert_to($1::uuid::text, 'UTF8'))) ON CONFLICT (id_hash) DO NOTHING`,
    [p.personId],
  );
  await m.query(`DELETE FROM person_projection WHERE id = $1`, [p.personId]);
  // Notes stay (they are about a group); only the link to the erased recorder goes.
  await m.query(`UPDATE focus_group_note SET recorded_by = NULL WHERE recorded_by = $1`, [
    p.personId,
  ]);
  // A swap reflection stays as evidence of its partner and aims, no longer of a teacher.
  await m.query(`UPDATE swap_reflection SET teacher_id = NULL WHERE teacher_id = $1`, [p.personId]);
});
