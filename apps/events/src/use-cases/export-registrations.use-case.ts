import { Readable } from 'node:stream';
import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import { canSeeEventRegistrations } from '../domain/event';
import { EventEntity } from '../entities/event.entity';

/** Columns a CSV export may contain: ids and attributes held here, never names (people owns them). */
export const EXPORT_COLUMNS = {
  REGISTRATION_ID: { header: 'registration_id', sql: 'r.id' },
  PERSON_ID: { header: 'person_id', sql: 'r.person_id' },
  PARTNER_ID: { header: 'partner_id', sql: 'r.partner_id' },
  STATUS: { header: 'status', sql: 'r.status' },
  WAITLIST_POSITION: { header: 'waitlist_position', sql: 'r.waitlist_position' },
  REGISTERED_AT: {
    header: 'registered_at',
    sql: `to_char(r.registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  },
  CHECKED_IN_AT: {
    header: 'checked_in_at',
    sql: `to_char(r.checked_in_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  },
  CHECKED_OUT_AT: {
    header: 'checked_out_at',
    sql: `to_char(r.checked_out_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  },
  YEAR_GROUP: { header: 'year_group', sql: 'p.year_group' },
  PHOTO_CONSENT_REFUSED: {
    header: 'photo_consent_refused',
    sql: `CASE WHEN c.granted = false THEN 'yes' ELSE 'no' END`,
  },
  CHECK_IN_CODE: { header: 'check_in_code', sql: 'r.check_in_code' },
} as const;
export type ExportColumn = keyof typeof EXPORT_COLUMNS;

const BATCH = 500;

/**
 * Registrations of an event as CSV with the chosen columns, streamed: rows are read in keyset
 * batches and written as they come, so a large event never sits in memory at once.
 * Null when the event does not exist; 'forbidden' unless the caller may see its registrations.
 */
export async function exportRegistrationsCsv(
  ds: DataSource,
  caller: Caller,
  eventId: string,
  columns: readonly ExportColumn[],
): Promise<Readable | 'forbidden' | null> {
  if (!isUuid(eventId)) return null;
  const event = await ds.getRepository(EventEntity).findOneBy({ id: eventId });
  if (!event) return null;
  if (!canSeeEventRegistrations(caller, event)) return 'forbidden';
  const chosen = [...new Set(columns)].filter((c) => c in EXPORT_COLUMNS);
  if (chosen.length === 0) chosen.push('PERSON_ID', 'STATUS');
  const select = chosen.map((c, i) => `${EXPORT_COLUMNS[c].sql} AS c${i}`).join(', ');

  async function* rows(): AsyncGenerator<Array<string | number | null>> {
    let after: [string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const batch = (await ds.query(
        `SELECT r.registered_at AS _at, r.id AS _id, ${select} FROM registration r
         LEFT JOIN person_projection p ON p.id = r.person_id
         LEFT JOIN person_consent c ON c.person_id = r.person_id AND c.kind = 'PHOTO_PUBLICITY'
         WHERE r.event_id = $1 AND (r.registered_at, r.id) > ($2::timestamptz, $3::uuid)
         ORDER BY r.registered_at, r.id LIMIT ${BATCH}`,
        [eventId, ...after],
      )) as Array<Record<string, string | number | Date | null>>;
      for (const row of batch)
        yield chosen.map((_, i) => (row[`c${i}`] as string | number) ?? null);
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1];
      after = [(last._at as Date).toISOString(), String(last._id)];
    }
  }
  return Readable.from(rows()).pipe(
    stringify({ header: true, columns: chosen.map((c) => EXPORT_COLUMNS[c].header) }),
  );
}
