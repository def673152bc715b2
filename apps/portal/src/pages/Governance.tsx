import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading } from '../components/States';
import { when, words } from '../format';

const GovernanceQuery = graphql(`
  query Governance {
    governanceGroups {
      id
      kind
      name
      meetings {
        id
        startsAt
        place
        quorate
      }
      openActions {
        id
        description
        dueOn
      }
    }
  }
`);

/** The governance groups the caller may see, each with its meetings (newest first) and open actions. */
export function Page() {
  const { data, loading, error } = useQuery(GovernanceQuery);
  if (loading && !data) return <Loading what="governance" />;
  if (error && !data) return <ErrorState error={error} what="governance" />;
  const groups = data?.governanceGroups ?? [];
  return (
    <>
      <h1>Governance</h1>
      <p>
        <Link to="/proposals">Student Voice proposals</Link>
      </p>
      {groups.length === 0 ? (
        <Empty>No governance groups you can see.</Empty>
      ) : (
        groups.map((g) => {
          const meetings = [...g.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
          return (
            <section key={g.id} aria-labelledby={`group-${g.id}`}>
              <h2 id={`group-${g.id}`}>
                {g.name} <small>({words(g.kind)})</small>
              </h2>
              <h3>Meetings</h3>
              {meetings.length === 0 ? (
                <Empty>No meetings yet.</Empty>
              ) : (
                <ul>
                  {meetings.map((m) => (
                    <li key={m.id}>
                      <Link to={`/governance/meetings/${m.id}`}>
                        {g.name} meeting, {when(m.startsAt)}
                      </Link>
                      {m.place ? ` · ${m.place}` : ''} · {m.quorate ? 'quorate' : 'not quorate'}
                    </li>
                  ))}
                </ul>
              )}
              <h3>Open actions</h3>
              {g.openActions.length === 0 ? (
                <Empty>No open actions.</Empty>
              ) : (
                <ul>
                  {g.openActions.map((a) => (
                    <li key={a.id}>
                      {a.description}
                      {a.dueOn ? ` (due ${a.dueOn})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </>
  );
}
