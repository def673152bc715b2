import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';

export const UNREAD_COUNT_QUERY_NAME = 'UnreadCount';

const UnreadCountQuery = graphql(`
  query UnreadCount {
    me {
      id
      notifications(first: 1, unreadOnly: true) {
        unreadCount
      }
    }
  }
`);

/** The menu's unread count, polled every minute; nothing when it cannot be read. */
export function UnreadBadge() {
  const { data } = useQuery(UnreadCountQuery, { pollInterval: 60_000, errorPolicy: 'all' });
  const count = data?.me?.notifications?.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge" aria-label={`${count} unread`}>
      {count}
    </span>
  );
}
