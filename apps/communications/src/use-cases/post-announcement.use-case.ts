import { randomUUID } from 'node:crypto';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { deliverySettings } from '../config';
import type { AnnouncementTarget, AnnouncementTargetKind } from '../domain/announcement-rules';
import { mayAddress, mayAnnounce } from '../domain/announcement-rules';
import type { AnnouncementRow } from '../resolvers/schema.mappers';
import type { CommunicationsDeps, CommunicationsResult } from './communications-use-case';
import { personIdOf } from './communications-use-case';
import { notify } from './notify';
import { ANNOUNCEMENT_COLUMNS, toAnnouncement } from './rows';

const inputSchema = z
  .object({
    target: z.enum(['EVERYONE', 'PARTNER', 'EVENT', 'GROUP']),
    targetId: z.uuid('must be an id').nullish(),
    subject: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters'),
    body: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(5000, 'must be at most 5000 characters'),
  })
  .superRefine((v, ctx) => {
    if (v.target === 'EVERYONE' && v.targetId)
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'EVERYONE takes no targetId' });
    if (v.target !== 'EVERYONE' && !v.targetId)
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: `${v.target} needs a targetId` });
  });

export interface PostAnnouncementInput {
  target: AnnouncementTargetKind;
  targetId?: string | null;
  subject: string;
  body: string;
}

async function audience(
  manager: EntityManager,
  target: AnnouncementTarget,
): Promise<Array<{ personId: string }>> {
  const rows = (await (target.kind === 'EVERYONE'
    ? manager.query(`SELECT id AS person_id FROM person_projection`)
    : target.kind === 'PARTNER'
      ? manager.query(`SELECT id AS person_id FROM person_projection WHERE partner_id = $1`, [
          target.id,
        ])
      : manager.query(
          `SELECT DISTINCT person_id FROM registration_projection
            WHERE event_id = $1 AND status IN ('REGISTERED','OFFERED','WAITLISTED')`,
          [target.id],
        ))) as Array<{ person_id: string }>;
  return rows.map((r) => ({ personId: r.person_id }));
}

/**
 * A partner partners-governance announced (joined, even if it has left since), or, for one that
 * joined before this service kept partners (its PartnerJoined has aged out of the topic), one whose
 * people it knows. Anything else would be an announcement to no one that looks posted.
 */
async function isKnownPartner(manager: EntityManager, partnerId: string | null): Promise<boolean> {
  if (partnerId === null) return false;
  const rows = (await manager.query(
    `SELECT 1 FROM partner_projection WHERE id = $1
     UNION ALL
     SELECT 1 FROM person_projection WHERE partner_id = $1
     LIMIT 1`,
    [partnerId],
  )) as unknown[];
  return rows.length > 0;
}

/**
 * An announcement to everyone, a partner or an event's participants, told to each in the app and
 * to adults by e-mail (as their ANNOUNCEMENTS preference says). Who may address whom is the
 * domain's rule; an audience the caller may not address, or an event or partner this service does
 * not know, is a typed error and nothing is stored or sent.
 */
export async function postAnnouncement(
  deps: CommunicationsDeps,
  input: PostAnnouncementInput,
): Promise<CommunicationsResult<AnnouncementRow>> {
  if (!mayAnnounce(deps.caller))
    return refused('Announcements are posted by the coordinator, heads and champions');
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const v = parsed.data;
  const target: AnnouncementTarget = { kind: v.target, id: v.targetId?.toLowerCase() ?? null };
  return deps.transaction(async ({ manager, clock }) => {
    let eventHost: string | null = null;
    if (target.kind === 'EVENT') {
      const rows = (await manager.query(
        `SELECT host_partner_id FROM event_projection WHERE id = $1`,
        [target.id],
      )) as Array<{ host_partner_id: string | null }>;
      if (!rows[0]) return rejected(userError('NOT_FOUND', 'no such event', 'input.targetId'));
      eventHost = rows[0].host_partner_id;
    }
    if (target.kind === 'PARTNER' && !(await isKnownPartner(manager, target.id)))
      return rejected(userError('NOT_FOUND', 'no such partner', 'input.targetId'));
    const decision = mayAddress(deps.caller, target, eventHost);
    if (decision.kind === 'forbidden')
      return rejected(userError('TARGET_NOT_ALLOWED', decision.reason, 'input.target'));
    if (decision.kind === 'unsupported')
      return rejected(userError('TARGET_NOT_SUPPORTED', decision.reason, 'input.target'));
    const author = personIdOf(deps.caller);
    const recipients = (await audience(manager, target)).filter((r) => r.personId !== author);
    const id = randomUUID();
    await manager.query(
      `INSERT INTO announcement (id, author_id, target_kind, target_id, subject, body, recipients, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 0, $7)`,
      [id, author, target.kind, target.id, v.subject, v.body, clock.now()],
    );
    const told = await notify(manager, deliverySettings(), {
      sourceKey: `announcement:${id}`,
      input: { template: 'ANNOUNCEMENT', announcementId: id, subject: v.subject, body: v.body },
      recipients,
    });
    const rows = (await manager.query(
      `UPDATE announcement SET recipients = $2 WHERE id = $1 RETURNING ${ANNOUNCEMENT_COLUMNS}`,
      [id, told.inApp],
    )) as [Array<Record<string, unknown>>, number];
    return done(toAnnouncement(rows[0][0]));
  });
}
