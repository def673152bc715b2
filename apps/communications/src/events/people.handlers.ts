import { PeopleEvents } from '@ekst/contracts';
import type { PersonRegisteredV1 } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { Tx } from '@ekst/messaging';
import { deliverySettings } from '../config';
import { notify } from '../use-cases/notify';

/**
 * What communications keeps of a person: partner, roles and whether they are a student (who is
 * told in the app only, and whose champion is e-mailed). No name, no address.
 */
async function upsertPerson({ manager }: Tx, p: PersonRegisteredV1): Promise<void> {
  await manager.query(
    `INSERT INTO person_projection (id, partner_id, roles, is_student, updated_at)
     SELECT $1, $2, $3, $4, now()
      WHERE NOT EXISTS (SELECT 1 FROM erased_person WHERE id_hash = sha256(convert_to($1::uuid::text, 'UTF8')))
     ON CONFLICT (id) DO UPDATE
       SET partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles,
           is_student = EXCLUDED.is_student, updated_at = now()`,
    [p.personId, p.partnerId, p.roles, p.roles.includes('STUDENT')],
  );
}

export const personRegisteredHandler = defineHandler(PeopleEvents.registered, upsertPerson);
export const personUpdatedHandler = defineHandler(PeopleEvents.updated, upsertPerson);

/**
 * Erasure: the person's inbox and every delivery-log row that names them (as recipient, or as
 * the student a champion was told about) are deleted, with their preferences and projections.
 * A SHA-256 of their id stays in `erased_person` only so that nothing further is ever sent to them.
 */
export const personErasedHandler = defineHandler(
  PeopleEvents.erased,
  async ({ manager }, { personId }) => {
    await manager.query(
      `DELETE FROM notification WHERE recipient_id = $1 OR about_person_id = $1`,
      [personId],
    );
    await manager.query(`DELETE FROM delivery WHERE recipient_id = $1 OR about_person_id = $1`, [
      personId,
    ]);
    await manager.query(`DELETE FROM notification_preference WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM registration_projection WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM person_projection WHERE id = $1`, [personId]);
    await manager.query(`UPDATE announcement SET author_id = NULL WHERE author_id = $1`, [
      personId,
    ]);
    await manager.query(
      `INSERT INTO erased_person (id_hash) VALUES (sha256(convert_to($1::uuid::text, 'UTF8'))) ON CONFLICT (id_hash) DO NOTHING`,
      [personId],
    );
  },
);

/**
 * A password reset: an e-mail only (ACCOUNT, cannot be turned off). Its identity is the request,
 * and the link is fetched from people when it is sent, so the stored copy holds no secret.
 */
export const passwordResetRequestedHandler = defineHandler(
  PeopleEvents.passwordResetRequested,
  async ({ manager }, p) => {
    await notify(manager, deliverySettings(), {
      sourceKey: `reset:${p.requestId}`,
      input: { template: 'PASSWORD_RESET' },
      recipients: [{ personId: p.personId }],
      inApp: false,
    });
  },
);
