import { Readable } from 'node:stream';
import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import { canSeeEventRegistrations } from '../domain/event';
import {
  photoConsentFromProjection,
  photoConsentRefusedFlag,
  visibleCheckInCode,
} from '../domain/registration-fields';
import { EventEntity } from '../entities/event.entity';
import { callerRolesAtEvent } from './event-management';

/** One registration as read for export; each column below decides what the caller sees of it. */
interface ExportRow {
  id: string;
  personId: string;
  partnerId: string | null;
  status: string;
  waitlistPosition: number | null;
  registeredAt: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  yearGroup: number | null;
  /** the person_consent projection row for PHOTO_PUBLICITY, null when there is none */
  photoGranted: boolean | null;
  checkInCode: string | null;
}

type Cell = string | number | null;

interface ColumnDefinition {
  header: string;
  value: (row: ExportRow, caller: Caller) => Cell;
}

const photoConsentOf = (r: ExportRow) =>
  photoConsentFromProjection(r.photoGranted === null ? null : { granted: r.photoGranted });

/**
 * Columns a CSV export may contain: ids and attributes held here, never names (people owns them).
 * Every column applies the same field rule as the graph's Registration field of that name (the
 * functions in domain/registration-fields), so the file never shows what the graph hides.
 * Registrations as a whole are shown only to those who may see Event.registrations.
 */
export const EXPORT_COLUMNS = {
  REGISTRATION_ID: { header: 'registration_id', value: (r) => r.id },
  PERSON_ID: { header: 'person_id', value: (r) => r.personId },
  PARTNER_ID: { header: 'partner_id', value: (r) => r.partnerId },
  STATUS: { header: 'status', value: (r) => r.status },
  WAITLIST_POSITION: { header: 'waitlist_position', value: (r) => r.waitlistPosition },
  REGISTERED_AT: { header: 'registered_at', value: (r) => r.registeredAt },
  CHECKED_IN_AT: { header: 'checked_in_at', value: (r) => r.checkedInAt },
  CHECKED_OUT_AT: { header: 'checked_out_at', value: (r) => r.checkedOutAt },
  // Host staff see the year groups of those registered for their event (DOMAIN.md, people).
  YEAR_GROUP: { header: 'year_group', value: (r) => r.yearGroup },
  /** ALLOWED, REFUSED or NOT_RECORDED, as Registration.photoConsent */
  PHOTO_CONSENT: { header: 'photo_consent', value: (r) => photoConsentOf(r) },
  /** deprecated like Registration.photoConsentRefused: "yes" unless consent is ALLOWED */
  PHOTO_CONSENT_REFUSED: {
    header: 'photo_consent_refused',
    value: (r) => (photoConsentRefusedFlag(photoConsentOf(r)) ? 'yes' : 'no'),
  },
  CHECK_IN_CODE: { header: 'check_in_code', value: (r, caller) => visibleCheckInCode(caller, r) },
} satisfies Record<string, ColumnDefinition>;
export type ExportColumn = keyof typeof EXPORT_COLUMNS;

/** Column names as a client writes them (`?columns=person_id,status`). */
export const EXPORT_COLUMN_NAMES: readonly string[] = Object.values(EXPORT_COLUMNS).map(
  (c) => c.header,
);

const DEFAULT_COLUMNS: readonly ExportColumn[] = ['PERSON_ID', 'STATUS'];

function isExportColumn(name: string): name is ExportColumn {
  return Object.prototype.hasOwnProperty.call(EXPORT_COLUMNS, name);
}

/**
 * The columns asked for, in order and without repeats (names in any case; none asked for means
 * person_id and status). Any unknown name refuses the whole export: a file silently missing a
 * column looks complete when it is not.
 */
export function chooseExportColumns(
  raw: string,
): { columns: ExportColumn[] } | { unknown: string[]; valid: readonly string[] } {
  const names = raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknown = names.filter((n) => !isExportColumn(n.toUpperCase()));
  if (unknown.length > 0) return { unknown, valid: EXPORT_COLUMN_NAMES };
  const columns = [...new Set(names.map((n) => n.toUpperCase()))].filter(isExportColumn);
  return { columns: columns.length > 0 ? columns : [...DEFAULT_COLUMNS] };
}

const BATCH = 500;
const UTC_SECONDS = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

/**
 * Registrations of an event as CSV with the chosen columns, streamed: rows are read in keyset
 * batches and written as they come, so a large event never sits in memory at once.
 * Null when the event does not exist; 'forbidden' unless the caller may see its registrations.
 * `onRead` hears the people of each batch as it is written (the access log, issue 20).
 */
export async function exportRegistrationsCsv(
  ds: DataSource,
  caller: Caller,
  eventId: string,
  columns: readonly ExportColumn[],
  onRead: (personIds: string[]) => void = () => undefined,
): Promise<Readable | 'forbidden' | null> {
  if (!isUuid(eventId)) return null;
  const event = await ds.getRepository(EventEntity).findOneBy({ id: eventId });
  if (!event) return null;
  const rolesAtEvent = await callerRolesAtEvent(ds.manager, caller, event.id);
  if (!canSeeEventRegistrations(caller, event, rolesAtEvent)) return 'forbidden';
  const chosen = columns.length > 0 ? [...new Set(columns)] : [...DEFAULT_COLUMNS];

  async function* rows(): AsyncGenerator<Cell[]> {
    let after: [string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const batch = (await ds.query(
        `SELECT r.registered_at::text AS _at, r.id, r.person_id AS "personId", r.partner_id AS "partnerId",
                r.status, r.waitlist_position AS "waitlistPosition",
                to_char(r.registered_at AT TIME ZONE 'UTC', ${UTC_SECONDS}) AS "registeredAt",
                to_char(r.checked_in_at AT TIME ZONE 'UTC', ${UTC_SECONDS}) AS "checkedInAt",
                to_char(r.checked_out_at AT TIME ZONE 'UTC', ${UTC_SECONDS}) AS "checkedOutAt",
                p.year_group AS "yearGroup", c.granted AS "photoGranted",
                r.check_in_code AS "checkInCode"
         FROM registration r
         LEFT JOIN person_projection p ON p.id = r.person_id
         LEFT JOIN person_consent c ON c.person_id = r.person_id AND c.kind = 'PHOTO_PUBLICITY'
         WHERE r.event_id = $1 AND (r.registered_at, r.id) > ($2::timestamptz, $3::uuid)
         ORDER BY r.registered_at, r.id LIMIT ${BATCH}`,
        [eventId, ...after],
      )) as Array<ExportRow & { _at: string }>;
      onRead(batch.map((row) => row.personId));
      for (const row of batch) yield chosen.map((c) => EXPORT_COLUMNS[c].value(row, caller));
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1];
      // The cursor stays text: a JS Date would drop the microseconds and repeat rows.
      after = [last._at, last.id];
    }
  }
  return Readable.from(rows()).pipe(
    stringify({ header: true, columns: chosen.map((c) => EXPORT_COLUMNS[c].header) }),
  );
}
