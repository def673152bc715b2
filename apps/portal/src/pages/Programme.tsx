import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { ProgrammeEventFragment } from '../__generated__/gql/graphql';
import { Registrations } from '../components/Registrations';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when, words } from '../format';

const ProgrammeEvent = graphql(`
  fragment ProgrammeEvent on Event {
    id
    title
    kind
    audience
    yearGroups
    startsAt
    endsAt
    venue
    hostPartner {
      id
      name
    }
    capacity
    registeredCount
    waitlistCount
    aims
  }
`);

const ProgrammeQuery = graphql(`
  query Programme($from: String!) {
    me {
      id
      roles
      yearGroup
      registrations {
        id
        status
        event {
          id
        }
        ...RegistrationItem
      }
    }
    events(from: $from, status: PUBLISHED, first: 100) {
      edges {
        node {
          id
          ...ProgrammeEvent
        }
      }
    }
  }
`);

const Register = graphql(`
  mutation RegisterForEvent($eventId: ID!, $personId: ID!) {
    registerForEvent(eventId: $eventId, personId: $personId) {
      registration {
        id
        status
        waitlistPosition
      }
      errors {
        code
        message
      }
    }
  }
`);

const ACTIVE = new Set(['REGISTERED', 'WAITLISTED', 'OFFERED', 'ATTENDED']);

/** The programme, filtered to what the signed-in person may join, and their registrations. */
export function Page() {
  const [from] = useState(() => new Date().toISOString());
  const { data, loading, error } = useQuery(ProgrammeQuery, { variables: { from } });
  const [register, registering] = useMutation(Register, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const me = data?.me ?? null;
  const events = useMemo(() => {
    const all = (data?.events.edges ?? []).map((e) => readFragment(ProgrammeEvent, e.node));
    if (!me) return all;
    const student = me.roles.includes('STUDENT');
    return all.filter((e) =>
      student
        ? e.audience !== 'TEACHERS' && me.yearGroup !== null && e.yearGroups.includes(me.yearGroup)
        : e.audience !== 'STUDENTS',
    );
  }, [data, me]);
  const heldAt = new Set(
    (me?.registrations ?? []).filter((r) => ACTIVE.has(r.status)).map((r) => r.event.id),
  );

  if (loading && !data) return <Loading what="the programme" />;
  if (error && !data) return <ErrorState error={error} what="the programme" />;

  return (
    <>
      <h1>Programme</h1>
      <section aria-labelledby="mine">
        <h2 id="mine">My registrations</h2>
        {me && me.registrations ? (
          <Registrations registrations={me.registrations} refetch={['Programme']} />
        ) : (
          <Empty>No registrations yet.</Empty>
        )}
      </section>
      <section aria-labelledby="open">
        <h2 id="open">Events you can join</h2>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <UserErrors errors={errors} />
        {events.length === 0 ? (
          <Empty>There are no events open to you at the moment.</Empty>
        ) : (
          <ul className="cards">
            {events.map((e) => (
              <EventCard
                key={e.id}
                event={e}
                held={heldAt.has(e.id)}
                busy={registering.loading}
                onRegister={() => {
                  if (!me) return;
                  setNotice(null);
                  void register({ variables: { eventId: e.id, personId: me.id } }).then((r) => {
                    const p = r.data?.registerForEvent;
                    setErrors(p?.errors ?? []);
                    if (p?.registration)
                      setNotice(
                        p.registration.status === 'WAITLISTED'
                          ? `${e.title} is full: you are on the waitlist (place ${p.registration.waitlistPosition ?? '?'}).`
                          : `You have a place at ${e.title}.`,
                      );
                  });
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function EventCard({
  event: e,
  held,
  busy,
  onRegister,
}: {
  event: ProgrammeEventFragment;
  held: boolean;
  busy: boolean;
  onRegister: () => void;
}) {
  const full = e.registeredCount >= e.capacity;
  return (
    <li className="card">
      <h3>{e.title}</h3>
      <p>
        {when(e.startsAt)} – {when(e.endsAt)}
      </p>
      <p>{e.hostPartner?.name ?? e.venue ?? 'Venue to be confirmed'}</p>
      <p>
        {words(e.kind)} · {e.aims.map(words).join(', ')}
      </p>
      <p>
        {full
          ? `Full: ${e.waitlistCount} on the waitlist`
          : `${e.capacity - e.registeredCount} of ${e.capacity} places left`}
      </p>
      {held ? (
        <p className="status">You are on this event’s list: see My registrations above.</p>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={onRegister}>
          {full ? 'Join the waitlist for' : 'Register for'} {e.title}
        </button>
      )}
    </li>
  );
}
