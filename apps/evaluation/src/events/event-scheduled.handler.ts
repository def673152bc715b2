import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import type { SurveyPhase, SurveyStatus } from '../domain/survey';
import { preSurveyCloseAfterMove } from '../domain/survey-windows';
import { academicYearOf } from '../domain/statistics';

/**
 * EventScheduled carries an event's whole state, so the newest one wins. Deliveries can come out
 * of order (a replay, a redelivery after a rebalance), so the upsert only overwrites a row with an
 * event that occurred no earlier than the one it holds. When the newest state moves the event's
 * start, its PRE surveys' close moves with it (`preSurveyCloseAfterMove`), in the same transaction:
 * the baseline window always ends when the event begins. Capacity and partner quota (the reach
 * report's places) came later in v1: a message without them leaves them as they were (unknown for
 * an event first heard of that way).
 */
export const eventScheduledHandler = defineHandler(
  EventEvents.scheduled,
  async ({ manager: m }, p, envelope) => {
    const [before] = (await m.query(
      `SELECT starts_at FROM event_projection WHERE id = $1 FOR UPDATE`,
      [p.eventId],
    )) as Array<{ starts_at: Date }>;
    const applied = (await m.query(
      `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at,
                                     audience, year_groups, aims, academic_year, capacity, partner_quota,
                                     updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
     ON CONFLICT (id) DO UPDATE SET
       title = EXCLUDED.title, kind = EXCLUDED.kind, host_partner_id = EXCLUDED.host_partner_id,
       starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
       -- completion arrives as EventCompleted; a later EventScheduled (an edit) does not undo it
       status = CASE WHEN event_projection.status = 'COMPLETED' AND EXCLUDED.status <> 'CANCELLED'
                     THEN 'COMPLETED' ELSE EXCLUDED.status END,
       occurred_at = EXCLUDED.occurred_at, audience = EXCLUDED.audience,
       year_groups = EXCLUDED.year_groups, aims = EXCLUDED.aims,
       academic_year = EXCLUDED.academic_year,
       -- a message from before EventScheduled carried places says nothing of them: keep what is known
       capacity = coalesce(EXCLUDED.capacity, event_projection.capacity),
       partner_quota = CASE WHEN EXCLUDED.capacity IS NULL THEN event_projection.partner_quota
                            ELSE EXCLUDED.partner_quota END,
       updated_at = now()
     WHERE event_projection.occurred_at <= EXCLUDED.occurred_at
     RETURNING starts_at`,
      [
        p.eventId,
        p.title,
        p.kind,
        p.hostPartnerId,
        p.startsAt,
        p.endsAt,
        p.status,
        envelope.occurredAt,
        p.audience ?? null,
        p.yearGroups ?? [],
        p.aims ?? [],
        academicYearOf(new Date(p.startsAt)),
        p.capacity ?? null,
        // an older message says nothing of a quota: unknown, as its capacity
        p.capacity === undefined ? null : (p.partnerQuota ?? null),
      ],
    )) as Array<{ starts_at: Date }>;
    // A stale message (older than the row) changed nothing; a first message has no surveys yet.
    if (!before || applied.length === 0) return;
    await movePreSurveyClose(m, p.eventId, before.starts_at, applied[0].starts_at);
  },
);

async function movePreSurveyClose(
  m: EntityManager,
  eventId: string,
  oldStartsAt: Date,
  newStartsAt: Date,
): Promise<void> {
  if (oldStartsAt.getTime() === newStartsAt.getTime()) return;
  const surveys = (await m.query(
    `SELECT id, phase, status, opens_at, closes_at FROM survey
     WHERE event_id = $1 AND phase = 'PRE' AND status <> 'CLOSED' FOR UPDATE`,
    [eventId],
  )) as Array<{
    id: string;
    phase: SurveyPhase;
    status: SurveyStatus;
    opens_at: Date;
    closes_at: Date;
  }>;
  for (const s of surveys) {
    const closesAt = preSurveyCloseAfterMove(
      { phase: s.phase, status: s.status, opensAt: s.opens_at, closesAt: s.closes_at },
      oldStartsAt,
      newStartsAt,
    );
    if (closesAt) await m.query(`UPDATE survey SET closes_at = $2 WHERE id = $1`, [s.id, closesAt]);
  }
}
