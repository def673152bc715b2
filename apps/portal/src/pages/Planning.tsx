import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { PlanningEventFragment } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when, words } from '../format';
import { EventFields, readEventForm } from './event-form';
import { CancelEvent, PartnersQuery, PlanningEvent, PublishEvent } from './planning-operations';

const PlanningQuery = graphql(`
  query Planning($from: String!) {
    events(from: $from, first: 100) {
      edges {
        node {
          id
          ...PlanningEvent
        }
      }
    }
  }
`);

const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        ...PlanningEvent
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type FieldError = { field: string | null; message: string };

/** Programme planning: drafts and published events, create, publish, cancel with a reason. */
export function Page() {
  const [from] = useState(() => new Date(Date.now() - 7 * 24 * 3600_000).toISOString());
  const { data, loading, error } = useQuery(PlanningQuery, { variables: { from } });
  const partners = useQuery(PartnersQuery);
  const [create, creating] = useMutation(CreateEvent, {
    refetchQueries: ['Planning'],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = readEventForm(e.currentTarget);
    setNotice(null);
    void create({
      variables: {
        input: {
          ...v,
          yearGroups: v.audience === 'TEACHERS' ? [] : v.yearGroups,
          hostPartnerId: v.hostPartnerId,
          venue: v.venue,
          partnerQuota: v.partnerQuota,
        },
      },
    }).then(
      (r) => {
        const p = r.data?.createEvent;
        setErrors(p?.errors ?? []);
        if (p?.event) {
          setNotice(`${v.title} is saved as a draft: publish it when it is ready.`);
          setFormKey((k) => k + 1);
        }
      },
      () => setErrors([{ field: null, message: 'The event could not be saved. Try again.' }]),
    );
  };

  return (
    <>
      <h1>Programme planning</h1>
      <section aria-labelledby="new-event">
        <h2 id="new-event">New event</h2>
        <form key={formKey} onSubmit={onCreate} className="stacked" noValidate={false}>
          <UserErrors errors={errors.filter((x) => !x.field)} />
          <EventFields partners={partners.data?.partners ?? []} fieldErrors={errors} />
          {errors.some((x) => x.field) && <UserErrors errors={errors.filter((x) => x.field)} />}
          <button type="submit" className="primary" disabled={creating.loading}>
            {creating.loading ? 'Saving…' : 'Save as draft'}
          </button>
        </form>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
      </section>
      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        {loading && !data ? (
          <Loading what="events" />
        ) : error && !data ? (
          <ErrorState error={error} what="events" />
        ) : !data || data.events.edges.length === 0 ? (
          <Empty>No events planned yet.</Empty>
        ) : (
          <ul className="cards">
            {data.events.edges.map((edge) => (
              <PlanningCard key={edge.node.id} event={readFragment(PlanningEvent, edge.node)} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PlanningCard({ event: e }: { event: PlanningEventFragment }) {
  const [publish, publishing] = useMutation(PublishEvent);
  const [cancel, cancelling] = useMutation(CancelEvent);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [reason, setReason] = useState('');
  const reasonId = `reason-${e.id}`;
  const editable = e.status === 'DRAFT' || e.status === 'PUBLISHED';
  return (
    <li className="card" data-event={e.id}>
      <h3>{e.title}</h3>
      <p>
        <strong className={`status status-${e.status.toLowerCase()}`}>{words(e.status)}</strong> ·{' '}
        {when(e.startsAt)} · {e.hostPartner?.name ?? e.venue ?? 'no venue yet'}
      </p>
      <p>
        {e.registeredCount} / {e.capacity} places taken, {e.waitlistCount} waiting
      </p>
      {e.cancelReason && <p>Cancelled: {e.cancelReason}</p>}
      <UserErrors errors={errors} />
      {editable && (
        <div className="actions">
          <Link to={`/planning/${e.id}`}>Edit {e.title}</Link>
          {e.status === 'DRAFT' && (
            <button
              type="button"
              className="primary"
              disabled={publishing.loading}
              onClick={() =>
                void publish({ variables: { id: e.id } }).then((r) =>
                  setErrors(r.data?.publishEvent.errors ?? []),
                )
              }
            >
              Publish {e.title}
            </button>
          )}
          <form
            className="inline-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              void cancel({ variables: { id: e.id, reason } }).then((r) =>
                setErrors(r.data?.cancelEvent.errors ?? []),
              );
            }}
          >
            <label htmlFor={reasonId}>Reason to cancel {e.title}</label>
            <input
              id={reasonId}
              value={reason}
              required
              onChange={(ev) => setReason(ev.target.value)}
            />
            <button type="submit" disabled={cancelling.loading || reason.trim() === ''}>
              Cancel {e.title}
            </button>
          </form>
        </div>
      )}
    </li>
  );
}
