import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { studentVoiceDraft } from '../domain/student-voice-draft';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from '../use-cases/event-scheduled.outbox';

/**
 * An approved Student Voice proposal becomes a DRAFT event linked to it (`proposalId`), and its
 * proposers its student organisers. Keyed by proposal id (`event_proposal_id_uq`): the approval
 * arriving again, in any envelope, inserts nothing and announces nothing. Announced like any new
 * draft (EventScheduled, as createEvent does).
 */
export const proposalApprovedHandler = defineHandler(
  GovernanceEvents.proposalApproved,
  async ({ manager, outbox }, p) => {
    const draft = studentVoiceDraft(p);
    const [{ starts_at: startsAt, ends_at: endsAt }] = (await manager.query(
      `SELECT ($1::date + $2::time) AT TIME ZONE 'Europe/London' AS starts_at,
              ($1::date + $3::time) AT TIME ZONE 'Europe/London' AS ends_at`,
      [draft.startsOn, draft.startsAtLocalTime, draft.endsAtLocalTime],
    )) as Array<{ starts_at: Date; ends_at: Date }>;
    const repo = manager.getRepository(EventEntity);
    const event = repo.create({
      id: randomUUID(),
      title: draft.title,
      kind: draft.kind,
      audience: draft.audience,
      yearGroups: draft.yearGroups,
      hostPartnerId: draft.hostPartnerId,
      venue: null,
      startsAt,
      endsAt,
      aims: draft.aims,
      capacity: draft.capacity,
      status: 'DRAFT',
      cancelReason: null,
      partnerQuota: null,
      requiredConsents: [],
      seriesId: null,
      copiedFromId: null,
      proposalId: p.proposalId,
      swapId: null,
      completedAt: null,
    });
    const inserted = (await repo
      .createQueryBuilder()
      .insert()
      .values(event)
      .orIgnore()
      .returning('id')
      .execute()) as { raw: unknown[] };
    if (inserted.raw.length === 0) return;
    for (const personId of p.proposerIds)
      await manager.query(
        `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, 'STUDENT_ORGANISER')
         ON CONFLICT DO NOTHING`,
        [event.id, personId],
      );
    await appendEventScheduled(outbox, await repo.findOneByOrFail({ id: event.id }));
  },
);
