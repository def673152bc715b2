import type { DataSource, EntityManager } from 'typeorm';
import type { FailureKind } from './failure';

/** What the inbox consumer records when it gives up on a message (`dead_letter`). */
export interface DeadLetterInput {
  /** null when the message was not even a valid envelope */
  eventId: string | null;
  eventType: string | null;
  eventVersion: number | null;
  sourceTopic: string;
  sourcePartition: number;
  /** Kafka offsets are 64-bit: kept as the decimal string kafkajs gives */
  sourceOffset: string;
  messageKey: string | null;
  rawValue: string | null;
  error: string;
  kind: FailureKind;
}

export interface DeadLetter extends DeadLetterInput {
  id: string;
  deadLetteredAt: Date;
  /** how many redrives were tried (the last one's error replaces `error`) */
  redriveAttempts: number;
  /** set once a redrive applied it, or found it already applied; null while pending */
  redrivenAt: Date | null;
}

/** Longest error text kept: enough for a reason, not a dump of the payload. */
const MAX_ERROR = 500;

/** Records a dead letter; a second record of the same source message changes nothing. */
export async function recordDeadLetter(
  db: DataSource | EntityManager,
  d: DeadLetterInput,
): Promise<void> {
  await db.query(
    `INSERT INTO dead_letter (event_id, event_type, event_version, source_topic, source_partition,
       source_offset, message_key, raw_value, error, failure_kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (source_topic, source_partition, source_offset) DO NOTHING`,
    [
      d.eventId,
      d.eventType,
      d.eventVersion,
      d.sourceTopic,
      d.sourcePartition,
      d.sourceOffset,
      d.messageKey,
      d.rawValue,
      d.error.slice(0, MAX_ERROR),
      d.kind,
    ],
  );
}

interface DeadLetterRow {
  id: string;
  event_id: string | null;
  event_type: string | null;
  event_version: number | null;
  source_topic: string;
  source_partition: number;
  source_offset: string;
  message_key: string | null;
  raw_value: string | null;
  error: string;
  failure_kind: FailureKind;
  dead_lettered_at: Date;
  redrive_attempts: number;
  redriven_at: Date | null;
}

export const DEAD_LETTER_COLUMNS = `id, event_id, event_type, event_version, source_topic,
  source_partition, source_offset::text AS source_offset, message_key, raw_value, error,
  failure_kind, dead_lettered_at, redrive_attempts, redriven_at`;

export function toDeadLetter(r: DeadLetterRow): DeadLetter {
  return {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    eventVersion: r.event_version,
    sourceTopic: r.source_topic,
    sourcePartition: r.source_partition,
    sourceOffset: r.source_offset,
    messageKey: r.message_key,
    rawValue: r.raw_value,
    error: r.error,
    kind: r.failure_kind,
    deadLetteredAt: r.dead_lettered_at,
    redriveAttempts: r.redrive_attempts,
    redrivenAt: r.redriven_at,
  };
}

export interface DeadLetterQuery {
  /** only these ids */
  ids?: string[];
  /** only this event type */
  type?: string;
  /** include those already redriven (default: pending only) */
  includeRedriven?: boolean;
  /** default 100 */
  limit?: number;
}

/** Dead letters, oldest first. */
export async function listDeadLetters(
  db: DataSource | EntityManager,
  q: DeadLetterQuery = {},
): Promise<DeadLetter[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeRedriven) where.push('redriven_at IS NULL');
  if (q.ids) {
    params.push(q.ids);
    where.push(`id = ANY($${params.length}::uuid[])`);
  }
  if (q.type) {
    params.push(q.type);
    where.push(`event_type = $${params.length}`);
  }
  params.push(q.limit ?? 100);
  const rows = (await db.query(
    `SELECT ${DEAD_LETTER_COLUMNS} FROM dead_letter
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY dead_lettered_at, source_offset LIMIT $${params.length}`,
    params,
  )) as DeadLetterRow[];
  return rows.map(toDeadLetter);
}

/** One dead letter, redriven or not; null when there is none with that id. */
export async function getDeadLetter(
  db: DataSource | EntityManager,
  id: string,
): Promise<DeadLetter | null> {
  const [found] = await listDeadLetters(db, { ids: [id], includeRedriven: true, limit: 1 });
  return found ?? null;
}

/** What an operator (`npm run dlq -- list`) and the coordinator (`operations` in the graph) see first: how many, how old, why. */
export interface DeadLetterSummary {
  pending: number;
  redriven: number;
  oldestPendingAt: Date | null;
  /** pending dead letters grouped by event type and reason, most frequent first */
  reasons: Array<{ type: string | null; kind: FailureKind; error: string; count: number }>;
}

export async function summariseDeadLetters(
  db: DataSource | EntityManager,
): Promise<DeadLetterSummary> {
  const [totals] = (await db.query(
    `SELECT count(*) FILTER (WHERE redriven_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE redriven_at IS NOT NULL)::int AS redriven,
            min(dead_lettered_at) FILTER (WHERE redriven_at IS NULL) AS oldest
     FROM dead_letter`,
  )) as Array<{ pending: number; redriven: number; oldest: Date | null }>;
  const reasons = (await db.query(
    `SELECT event_type AS type, failure_kind AS kind, error, count(*)::int AS count
     FROM dead_letter WHERE redriven_at IS NULL
     GROUP BY event_type, failure_kind, error ORDER BY count(*) DESC, event_type LIMIT 20`,
  )) as DeadLetterSummary['reasons'];
  return {
    pending: totals?.pending ?? 0,
    redriven: totals?.redriven ?? 0,
    oldestPendingAt: totals?.oldest ?? null,
    reasons,
  };
}
