import type { Category } from '../domain/categories';

/** A Person as this subgraph knows it: a key people resolves; communications adds the inbox. */
export interface PersonRef {
  id: string;
}

/** A row of `notification` as the resolvers read it. */
export interface NotificationRow {
  id: string;
  category: Category;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** A row of `delivery` without its message: the log never shows the body. */
export interface DeliveryRow {
  id: string;
  recipientId: string;
  category: Category;
  template: string;
  status: 'PENDING' | 'RETRYING' | 'SENT' | 'DEAD' | 'SKIPPED' | 'DIGEST';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** A row of `announcement`. */
export interface AnnouncementRow {
  id: string;
  targetKind: 'EVERYONE' | 'PARTNER' | 'EVENT' | 'GROUP';
  targetId: string | null;
  subject: string;
  body: string;
  recipients: number;
  createdAt: Date;
}
