import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { FragmentType } from '../__generated__/gql';
import { graphql, useFragment } from '../__generated__/gql';
import { Empty, ErrorState, Loading } from '../components/States';
import { when, words } from '../format';

const ActionRowFragment = graphql(`
  fragment ActionRow on ActionItem {
    id
    description
    dueOn
    status
    owner {
      id
      displayName
    }
  }
`);

const MeetingQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      startsAt
      place
      group {
        id
        name
      }
      agenda {
        id
        position
        title
        minutes
      }
      partnersRepresented {
        id
        name
      }
      partnersNeeded
      quorate
      decisions {
        id
        agendaItemId
        motion
        outcome
        votesFor
        votesAgainst
        abstentions
      }
      actionItems {
        id
        ...ActionRow
      }
      carriedOverActions {
        id
        ...ActionRow
      }
    }
  }
`);

function ActionRows({
  actions,
  label,
}: {
  actions: ReadonlyArray<FragmentType<typeof ActionRowFragment>>;
  label: string;
}) {
  const rows = useFragment(ActionRowFragment, actions);
  if (rows.length === 0) return <Empty>None.</Empty>;
  return (
    <table>
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td>{a.description}</td>
            <td>{a.owner?.displayName ?? '—'}</td>
            <td>{a.dueOn ?? '—'}</td>
            <td>{words(a.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One meeting: quorum, agenda with minutes, decisions, its actions and those carried over. */
export function Page() {
  const { meetingId = '' } = useParams();
  const { data, loading, error } = useQuery(MeetingQuery, { variables: { id: meetingId } });
  if (loading && !data) return <Loading what="the meeting" />;
  if (error && !data) return <ErrorState error={error} what="this meeting" />;
  const m = data?.meeting;
  if (!m)
    return (
      <>
        <h1>Not available</h1>
        <p role="alert" className="state error">
          You cannot see this meeting: there is no such meeting, or it is not yours to see.
        </p>
      </>
    );
  const agenda = [...m.agenda].sort((a, b) => a.position - b.position);
  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>
        {m.group.name} meeting, {when(m.startsAt)}
      </h1>
      {m.place && <p>{m.place}</p>}
      <p>
        <strong>{m.quorate ? 'Quorate' : 'Not quorate'}</strong>: {m.partnersRepresented.length} of{' '}
        {m.partnersNeeded} partners needed represented
        {m.partnersRepresented.length > 0
          ? ` (${m.partnersRepresented.map((p) => p.name).join(', ')})`
          : ''}
        .
      </p>
      <h2>Agenda and minutes</h2>
      {agenda.length === 0 ? (
        <Empty>No agenda yet.</Empty>
      ) : (
        <ol>
          {agenda.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>
              <p>{a.minutes ?? 'No minutes yet.'}</p>
            </li>
          ))}
        </ol>
      )}
      <h2>Decisions</h2>
      {m.decisions.length === 0 ? (
        <Empty>No decisions recorded.</Empty>
      ) : (
        <ul>
          {m.decisions.map((d) => (
            <li key={d.id}>
              {d.motion}: <strong>{words(d.outcome)}</strong>
              {d.votesFor !== null &&
                ` (for ${d.votesFor}, against ${d.votesAgainst ?? 0}, abstaining ${d.abstentions ?? 0})`}
            </li>
          ))}
        </ul>
      )}
      <h2>Actions from this meeting</h2>
      <ActionRows actions={m.actionItems} label="Actions from this meeting" />
      <h2>Carried over from earlier meetings</h2>
      <ActionRows actions={m.carriedOverActions} label="Actions carried over" />
    </>
  );
}
