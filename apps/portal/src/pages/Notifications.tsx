import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading, Pager, UserErrors } from '../components/States';
import { when, words } from '../format';
import { UNREAD_COUNT_QUERY_NAME } from '../components/unread';

const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    me {
      id
      notifications(first: 50, after: $after) {
        unreadCount
        edges {
          node {
            id
            category
            subject
            body
            link
            createdAt
            readAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      unreadCount
      errors {
        code
        message
      }
    }
  }
`);

/**
 * The signed-in person's inbox, a page at a time: unread first (newest first within each), mark one
 * or all read.
 */
export function Page() {
  const [pages, setPages] = useState<string[]>([]);
  const { data, loading, error } = useQuery(NotificationsQuery, {
    variables: { after: pages.at(-1) ?? null },
    errorPolicy: 'all',
  });
  const [mark, marking] = useMutation(MarkReadMutation, {
    refetchQueries: ['Notifications', UNREAD_COUNT_QUERY_NAME],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <Loading what="your notifications" />;
  const connection = data?.me?.notifications;
  if (!connection)
    return error ? (
      <ErrorState error={error} what="these notifications" />
    ) : (
      <Empty>No notifications.</Empty>
    );
  const all = connection.edges.map((e) => e.node);
  const sorted = [...all.filter((n) => !n.readAt), ...all.filter((n) => n.readAt)];
  const markErrors = marking.data?.markNotificationsRead.errors ?? [];
  return (
    <>
      <h1>Notifications</h1>
      <p role="status" aria-live="polite">
        {connection.unreadCount === 0 ? 'All read.' : `${connection.unreadCount} unread`}
      </p>
      {connection.unreadCount > 0 && (
        <button
          type="button"
          disabled={marking.loading}
          onClick={() => void mark({ variables: { ids: null, all: true } })}
        >
          Mark all as read
        </button>
      )}
      <UserErrors errors={markErrors} />
      {sorted.length === 0 ? (
        <Empty>No notifications yet.</Empty>
      ) : (
        <ul className="cards" aria-label="Notifications">
          {sorted.map((n) => (
            <li key={n.id} className={n.readAt ? 'card' : 'card unread'}>
              <h2>
                {n.readAt ? '' : <span className="badge">Unread</span>} {n.subject}
              </h2>
              <p>
                {words(n.category)} · {when(n.createdAt)}
              </p>
              <p className="body">{n.body}</p>
              {n.link && <NotificationLink link={n.link} subject={n.subject} />}
              {!n.readAt && (
                <button
                  type="button"
                  disabled={marking.loading}
                  aria-label={`Mark as read: ${n.subject}`}
                  onClick={() => void mark({ variables: { ids: [n.id], all: false } })}
                >
                  Mark as read
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager
        hasNext={connection.pageInfo.hasNextPage}
        hasPrevious={pages.length > 0}
        next={() => {
          const cursor = connection.pageInfo.endCursor;
          if (cursor) setPages([...pages, cursor]);
        }}
        previous={() => setPages(pages.slice(0, -1))}
        what="notifications"
      />
    </>
  );
}

/** A notification's link inside the portal: an event's page is the programme; other paths as given. */
function NotificationLink({ link, subject }: { link: string; subject: string }) {
  if (!link.startsWith('/') || link.startsWith('//')) return null;
  const to = link.startsWith('/events/') ? '/programme' : link;
  return (
    <Link to={to} aria-label={`Open “${subject}”`}>
      Open
    </Link>
  );
}
