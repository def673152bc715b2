import type { DataSource } from 'typeorm';
import type { Category, DeliveryMode } from '../domain/categories';
import { CATEGORIES, effectiveMode, isMandatory } from '../domain/categories';
import type { InboxCursor } from '../domain/inbox-cursor';
import type { DeliveryRow, NotificationRow } from '../resolvers/schema.mappers';
import { DELIVERY_COLUMNS, NOTIFICATION_COLUMNS, toDelivery, toNotification } from './rows';

/** One page (plus one row, to tell whether more follow) of a person's inbox, newest first. */
export async function notificationsPage(
  dataSource: DataSource,
  personId: string,
  opts: { size: number; after: InboxCursor | null; unreadOnly: boolean },
): Promise<{ rows: NotificationRow[]; unread: number }> {
  const rows = (await dataSource.query(
    `SELECT ${NOTIFICATION_COLUMNS}
       FROM notification
      WHERE recipient_id = $1
        AND (NOT $2::boolean OR read_at IS NULL)
        AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY created_at DESC, id DESC
      LIMIT $5`,
    [
      personId,
      opts.unreadOnly,
      opts.after?.createdAt ?? null,
      opts.after?.id ?? null,
      opts.size + 1,
    ],
  )) as Array<Record<string, unknown>>;
  const unread = (await dataSource.query(
    `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
    [personId],
  )) as Array<{ n: number }>;
  return { rows: rows.map(toNotification), unread: unread[0].n };
}

/** Every category with the person's mode (IMMEDIATE where they chose nothing). */
export async function preferencesOf(
  dataSource: DataSource,
  personId: string,
): Promise<Array<{ category: Category; mode: DeliveryMode; mandatory: boolean }>> {
  const stored = new Map(
    (
      (await dataSource.query(
        `SELECT category, mode FROM notification_preference WHERE person_id = $1`,
        [personId],
      )) as Array<{ category: Category; mode: DeliveryMode }>
    ).map((r) => [r.category, r.mode]),
  );
  return CATEGORIES.map((category) => ({
    category,
    mode: effectiveMode(category, stored.get(category)),
    mandatory: isMandatory(category),
  }));
}

/** One page (plus one) of the delivery log, newest first, optionally of one status. */
export async function deliveryLogPage(
  dataSource: DataSource,
  opts: { status: DeliveryRow['status'] | null; size: number; after: InboxCursor | null },
): Promise<DeliveryRow[]> {
  const rows = (await dataSource.query(
    `SELECT ${DELIVERY_COLUMNS} FROM delivery
      WHERE ($1::text IS NULL OR status = $1)
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC
      LIMIT $4`,
    [opts.status, opts.after?.createdAt ?? null, opts.after?.id ?? null, opts.size + 1],
  )) as Array<Record<string, unknown>>;
  return rows.map(toDelivery);
}
