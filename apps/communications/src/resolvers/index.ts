import { isCoordinator } from '@ekst/auth';
import { forbidden, payloadOf } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { CommunicationsContext } from '../context';
import type { InboxCursor } from '../domain/inbox-cursor';
import { decodeCursor, encodeCursor, pageSize } from '../domain/inbox-cursor';
import { personIdOf } from '../use-cases/communications-use-case';
import { deliveryLogPage, notificationsPage, preferencesOf } from '../use-cases/inbox.query';
import { markNotificationsRead } from '../use-cases/mark-notifications-read.use-case';
import { postAnnouncement } from '../use-cases/post-announcement.use-case';
import { retryDelivery } from '../use-cases/retry-delivery.use-case';
import { setNotificationPreference } from '../use-cases/set-notification-preference.use-case';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function page(first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  if (size === null) throw badInput('`first` must be a positive whole number');
  const cursor: InboxCursor | null = after ? decodeCursor(after) : null;
  if (after && !cursor) throw badInput('`after` is not a cursor this service issued');
  return { size, cursor };
}

function edgesOf<T extends { id: string; createdAt: Date }>(rows: T[], size: number) {
  const edges = rows.slice(0, size).map((node) => ({
    node,
    cursor: encodeCursor({ createdAt: node.createdAt.toISOString(), id: node.id }),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A person's inbox and preferences are theirs alone: not even the coordinator reads them. */
function ownOnly(ctx: CommunicationsContext, personId: string): void {
  if (personIdOf(ctx.caller) !== personId.toLowerCase())
    throw forbidden('Only the person themself sees their notifications');
}

/**
 * Queries and types; every mutation in the one block below, one line each through its use case
 * (the seam test reads this block).
 */
export const resolvers: Resolvers = {
  Query: {
    deliveryLog: async (_root, { status, first, after }, ctx) => {
      if (!isCoordinator(ctx.caller)) throw forbidden('The delivery log is for the coordinator');
      const { size, cursor } = page(first, after);
      const rows = await deliveryLogPage(ctx.dataSource, {
        status: status ?? null,
        size,
        after: cursor,
      });
      return edgesOf(rows, size);
    },
  },
  Person: {
    __resolveReference: (ref) => ({ id: ref.id }),
    notifications: async (person, { first, after, unreadOnly }, ctx) => {
      ownOnly(ctx, person.id);
      const { size, cursor } = page(first, after);
      const { rows, unread } = await notificationsPage(ctx.dataSource, person.id.toLowerCase(), {
        size,
        after: cursor,
        unreadOnly: unreadOnly ?? false,
      });
      return { ...edgesOf(rows, size), unreadCount: unread };
    },
    notificationPreferences: (person, _args, ctx) => {
      ownOnly(ctx, person.id);
      return preferencesOf(ctx.dataSource, person.id.toLowerCase());
    },
  },
  Notification: {
    createdAt: (n) => n.createdAt.toISOString(),
    readAt: (n) => n.readAt?.toISOString() ?? null,
  },
  Delivery: {
    recipient: (d) => ({ id: d.recipientId }),
    createdAt: (d) => d.createdAt.toISOString(),
    sentAt: (d) => d.sentAt?.toISOString() ?? null,
  },
  Announcement: {
    target: (a) => a.targetKind,
    recipientCount: (a) => a.recipients,
    createdAt: (a) => a.createdAt.toISOString(),
  },
  Mutation: {
    markNotificationsRead: (_root, { ids, all }, ctx) =>
      markNotificationsRead(ctx.deps, ids, all ?? false).then(payloadOf('unreadCount')),
    setNotificationPreference: (_root, { category, mode }, ctx) =>
      setNotificationPreference(ctx.deps, category, mode).then(payloadOf('preference')),
    postAnnouncement: (_root, { input }, ctx) =>
      postAnnouncement(ctx.deps, input).then(payloadOf('announcement')),
    retryDelivery: (_root, { id }, ctx) => retryDelivery(ctx.deps, id).then(payloadOf('delivery')),
  },
};
