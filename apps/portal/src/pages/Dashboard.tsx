import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading } from '../components/States';
import { when, words } from '../format';

const DashboardQuery = graphql(`
  query Dashboard($weekFrom: String!, $weekTo: String!, $recentFrom: String!) {
    thisWeek: events(from: $weekFrom, to: $weekTo, first: 100) {
      edges {
        node {
          id
          title
          startsAt
          status
          capacity
          registeredCount
          waitlistCount
        }
      }
    }
    recent: events(from: $recentFrom, first: 100) {
      edges {
        node {
          id
          title
          startsAt
          waitlistCount
          registrations {
            id
            status
            offerExpiresAt
          }
          surveys {
            id
            phase
            status
            invitedCount
            nonResponderCount
          }
        }
      }
    }
  }
`);

function weekBounds(now: Date) {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7)); // Monday
  const end = new Date(start);
  end.setDate(end.getDate() + 7);
  const recent = new Date(now.getTime() - 60 * 24 * 3600_000);
  return {
    weekFrom: start.toISOString(),
    weekTo: end.toISOString(),
    recentFrom: recent.toISOString(),
  };
}

/** The coordinator's week: events, waitlists and open offers, surveys still waiting for answers. */
export function Page() {
  const [variables] = useState(() => weekBounds(new Date()));
  const { data, loading, error } = useQuery(DashboardQuery, { variables, errorPolicy: 'all' });
  if (loading && !data) return <Loading what="the dashboard" />;
  if (!data)
    return error ? (
      <ErrorState error={error} what="the dashboard" />
    ) : (
      <Empty>Nothing to show.</Empty>
    );
  const week = data.thisWeek.edges.map((e) => e.node);
  const recent = data.recent.edges.map((e) => e.node);
  const queues = recent
    .map((e) => ({
      ...e,
      offers: (e.registrations ?? []).filter((r) => r.status === 'OFFERED').length,
    }))
    .filter((e) => e.waitlistCount > 0 || e.offers > 0);
  const surveys = recent.flatMap((e) =>
    e.surveys
      .filter((s) => s.status === 'OPEN' && (s.nonResponderCount ?? 0) > 0)
      .map((s) => ({ ...s, event: e })),
  );
  return (
    <>
      <h1>Dashboard</h1>
      <section aria-labelledby="week">
        <h2 id="week">This week’s events</h2>
        {week.length === 0 ? (
          <Empty>No events this week.</Empty>
        ) : (
          <table>
            <caption className="visually-hidden">Events this week</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Starts</th>
                <th scope="col">Status</th>
                <th scope="col">Places taken</th>
                <th scope="col">Waitlist</th>
              </tr>
            </thead>
            <tbody>
              {week.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/planning/${e.id}`}>{e.title}</Link>
                  </th>
                  <td>{when(e.startsAt)}</td>
                  <td>{words(e.status)}</td>
                  <td>
                    {e.registeredCount} / {e.capacity}
                  </td>
                  <td>{e.waitlistCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="queues">
        <h2 id="queues">Waitlists and open offers</h2>
        {queues.length === 0 ? (
          <Empty>No waitlists or open offers.</Empty>
        ) : (
          <ul>
            {queues.map((e) => (
              <li key={e.id}>
                {e.title} ({when(e.startsAt)}): {e.waitlistCount} waiting, {e.offers} open offer
                {e.offers === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="surveys">
        <h2 id="surveys">Surveys with non-responders</h2>
        {surveys.length === 0 ? (
          <Empty>Every open survey is answered.</Empty>
        ) : (
          <ul>
            {surveys.map((s) => (
              <li key={s.id}>
                {s.event.title}, {words(s.phase)} survey: {s.nonResponderCount} of {s.invitedCount}{' '}
                have not answered
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
