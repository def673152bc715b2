import type { AnnouncementRow, DeliveryRow, NotificationRow } from '../resolvers/schema.mappers';

/** SQL select lists and row mappers shared by the queries and use cases (no entity classes). */
export const NOTIFICATION_COLUMNS = `id, category, subject, body, link, created_at, read_at`;
export const DELIVERY_COLUMNS = `id, recipient_id, category, template, status, attempts, last_error, created_at, sent_at`;
export const ANNOUNCEMENT_COLUMNS = `id, target_kind, target_id, subject, body, recipients, created_at`;

type Raw = Record<string, unknown>;

export function toNotification(r: Raw): NotificationRow {
  return {
    id: r.id as string,
    category: r.category as NotificationRow['category'],
    subject: r.subject as string,
    body: r.body as string,
    link: (r.link as string | null) ?? null,
    createdAt: r.created_at as Date,
    readAt: (r.read_at as Date | null) ?? null,
  };
}

export function toDelivery(r: Raw): DeliveryRow {
  return {
    id: r.id as string,
    recipientId: r.recipient_id as string,
    category: r.category as DeliveryRow['category'],
    template: r.template as string,
    status: r.status as DeliveryRow['status'],
    attempts: r.attempts as number,
    lastError: (r.last_error as string | null) ?? null,
    createdAt: r.created_at as Date,
    sentAt: (r.sent_at as Date | null) ?? null,
  };
}

export function toAnnouncement(r: Raw): AnnouncementRow {
  return {
    id: r.id as string,
    targetKind: r.target_kind as AnnouncementRow['targetKind'],
    targetId: (r.target_id as string | null) ?? null,
    subject: r.subject as string,
    body: r.body as string,
    recipients: r.recipients as number,
    createdAt: r.created_at as Date,
  };
}
