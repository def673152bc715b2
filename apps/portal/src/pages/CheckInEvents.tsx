import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading } from '../components/States';
import { when } from '../format';

const CheckInEventsQuery = graphql(`
  query CheckInEvents($from: String!, $to: String!) {
    events(from: $from, to: $to, status: PUBLISHED, first: 100) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          registeredCount
        }
      }
    }
  }
`);

/** Events happening from yesterday to the next week: the ones a door may be open for. */
export function Page() {
  const [range] = useState(() => ({
    from: new Date(Date.now() - 24 * 3600_000).toISOString(),
    to: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
  }));
  const { data, loading, error } = useQuery(CheckInEventsQuery, { variables: range });
  if (loading && !data) return <Loading what="events" />;
  if (error && !data) return <ErrorState error={error} what="events" />;
  const events = data?.events.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Check-in</h1>
      {events.length === 0 ? (
        <Empty>No events this week.</Empty>
      ) : (
        <ul className="cards">
          {events.map((e) => (
            <li key={e.id} className="card">
              <Link className="big-link" to={`/check-in/${e.id}`}>
                Check in at {e.title}
              </Link>
              <p>
                {when(e.startsAt)} · {e.registeredCount} registered
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
