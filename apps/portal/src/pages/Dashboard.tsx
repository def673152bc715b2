import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
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

const FailedDeliveriesQuery = graphql(`
  query DashboardFailedDeliveries {
    deliveryLog(status: DEAD, first: 20) {
      edges {
        node {
          id
          category
          template
          attempts
          lastError
          createdAt
          recipient {
            id
            displayName
          }
        }
      }
    }
  }
`);

const RetryDeliveryMutation = graphql(`
  mutation DashboardRetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      delivery {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const OverdueActionsQuery = graphql(`
  query DashboardOverdueActions {
    governanceGroups {
      id
      name
      openActions {
        id
        description
        dueOn
        meetingId
        owner {
          id
          displayName
        }
      }
    }
  }
`);

/** Today as YYYY-MM-DD in the UK, the calendar action items are due by. */
const ukToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

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

/**
 * The coordinator's week: events, waitlists and open offers, surveys still waiting for answers,
 * e-mails that failed for good (retry one), and governance actions past their due date. Each
 * section has its own query, so one service being down leaves the others on the page.
 */
export function Page() {
  return (
    <>
      <h1>Dashboard</h1>
      <Programme />
      <FailedDeliveries />
      <OverdueActions />
    </>
  );
}

function Programme() {
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

function FailedDeliveries() {
  const { data, loading, error } = useQuery(FailedDeliveriesQuery, { errorPolicy: 'all' });
  const [retry] = useMutation(RetryDeliveryMutation, {
    refetchQueries: ['DashboardFailedDeliveries'],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [done, setDone] = useState<string | null>(null);
  const failed = data?.deliveryLog.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="failed">
      <h2 id="failed">Failed notifications</h2>
      <p role="status" aria-live="polite">
        {done}
      </p>
      <UserErrors errors={errors} />
      {loading && !data ? (
        <Loading what="failed notifications" />
      ) : !data ? (
        error ? (
          <ErrorState error={error} what="failed notifications" />
        ) : null
      ) : failed.length === 0 ? (
        <Empty>No e-mail has failed.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">E-mails every attempt failed for</caption>
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">About</th>
              <th scope="col">Queued</th>
              <th scope="col">Why it failed</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((d) => {
              const who = d.recipient?.displayName ?? 'Someone you cannot see';
              return (
                <tr key={d.id}>
                  <th scope="row">{who}</th>
                  <td>
                    {words(d.category)} ({words(d.template)})
                  </td>
                  <td>{when(d.createdAt)}</td>
                  <td>
                    {d.lastError ?? '—'} ({d.attempts} attempt{d.attempts === 1 ? '' : 's'})
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setDone(null);
                        void retry({ variables: { id: d.id } }).then(
                          (r) => {
                            const p = r.data?.retryDelivery;
                            setErrors(p?.errors ?? []);
                            if (p?.delivery) setDone(`The e-mail to ${who} is queued again.`);
                          },
                          () =>
                            setErrors([{ message: 'The e-mail could not be queued. Try again.' }]),
                        );
                      }}
                    >
                      Retry the e-mail to {who}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OverdueActions() {
  const { data, loading, error } = useQuery(OverdueActionsQuery, { errorPolicy: 'all' });
  const today = ukToday();
  const overdue = (data?.governanceGroups ?? [])
    .flatMap((g) => g.openActions.map((a) => ({ ...a, group: g.name })))
    .filter((a) => a.dueOn !== null && a.dueOn !== undefined && a.dueOn < today)
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  return (
    <section aria-labelledby="overdue">
      <h2 id="overdue">Overdue action items</h2>
      {loading && !data ? (
        <Loading what="action items" />
      ) : !data ? (
        error ? (
          <ErrorState error={error} what="action items" />
        ) : null
      ) : overdue.length === 0 ? (
        <Empty>No action item is overdue.</Empty>
      ) : (
        <ul>
          {overdue.map((a) => (
            <li key={a.id}>
              <Link to={`/governance/meetings/${a.meetingId}`}>{a.description}</Link> ({a.group}
              ): {a.owner?.displayName ?? 'someone you cannot see'}, due {a.dueOn}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
