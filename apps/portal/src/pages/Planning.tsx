import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { PlanningEventFragment } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when, words } from '../format';
import { EventFields, readEventForm } from './event-form';
import {
  CancelEvent,
  CopyEvent,
  PartnersQuery,
  PlanningEvent,
  PublishEvent,
} from './planning-operations';

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
      warnings {
        message
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateEventSeries = graphql(`
  mutation CreateEventSeries($input: CreateEventSeriesInput!) {
    createEventSeries(input: $input) {
      events {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const WEEK_MS = 7 * 24 * 3600_000;

type FieldError = { field: string | null; message: string };

/**
 * Programme planning: drafts and published events, create (one event, or a weekly series),
 * publish, copy to a new date, cancel with a reason; term-calendar clashes shown as warnings.
 */
export function Page() {
  const [from] = useState(() => new Date(Date.now() - 7 * 24 * 3600_000).toISOString());
  const { data, loading, error } = useQuery(PlanningQuery, { variables: { from } });
  const partners = useQuery(PartnersQuery);
  const [create, creating] = useMutation(CreateEvent, {
    refetchQueries: ['Planning'],
    awaitRefetchQueries: true,
  });
  const [createSeries, creatingSeries] = useMutation(CreateEventSeries, {
    refetchQueries: ['Planning'],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<ReadonlyArray<{ message: string }>>([]);
  const [formKey, setFormKey] = useState(0);
  const weeksId = useId();

  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = readEventForm(e.currentTarget);
    const weeks = Number(new FormData(e.currentTarget).get('weeks') ?? 1) || 1;
    setNotice(null);
    setWarnings([]);
    if (weeks > 1) {
      const start = Date.parse(v.startsAt);
      const end = Date.parse(v.endsAt);
      const dates =
        Number.isNaN(start) || Number.isNaN(end)
          ? [{ startsAt: v.startsAt, endsAt: v.endsAt }]
          : Array.from({ length: weeks }, (_, i) => ({
              startsAt: new Date(start + i * WEEK_MS).toISOString(),
              endsAt: new Date(end + i * WEEK_MS).toISOString(),
            }));
      void createSeries({
        variables: {
          input: {
            title: v.title,
            kind: v.kind,
            audience: v.audience,
            yearGroups: v.audience === 'TEACHERS' ? [] : v.yearGroups,
            hostPartnerId: v.hostPartnerId,
            venue: v.venue,
            aims: v.aims,
            capacity: v.capacity,
            partnerQuota: v.partnerQuota,
            dates,
          },
        },
      }).then(
        (r) => {
          const p = r.data?.createEventSeries;
          setErrors(p?.errors ?? []);
          if (p && p.errors.length === 0) {
            setNotice(
              `${v.title}: ${p.events.length} weekly drafts saved: publish each when ready.`,
            );
            setFormKey((k) => k + 1);
          }
        },
        () => setErrors([{ field: null, message: 'The series could not be saved. Try again.' }]),
      );
      return;
    }
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
        setWarnings(p?.warnings ?? []);
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
          <label htmlFor={weeksId}>Repeat weekly: how many weeks (1 for a one-off)</label>
          <input id={weeksId} name="weeks" type="number" min={1} max={52} defaultValue={1} />
          <button
            type="submit"
            className="primary"
            disabled={creating.loading || creatingSeries.loading}
          >
            {creating.loading ? 'Saving…' : 'Save as draft'}
          </button>
        </form>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <ClashWarnings warnings={warnings} />
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
  const [copy, copying] = useMutation(CopyEvent, {
    refetchQueries: ['Planning'],
    awaitRefetchQueries: true,
  });
  const [copyStart, setCopyStart] = useState('');
  const [copyNotice, setCopyNotice] = useState<string | null>(null);
  const [copyWarnings, setCopyWarnings] = useState<ReadonlyArray<{ message: string }>>([]);
  const copyId = `copy-${e.id}`;
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
      <ClashWarnings warnings={e.clashWarnings} />
      <UserErrors errors={errors} />
      <form
        className="inline-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          const start = new Date(copyStart);
          if (Number.isNaN(start.getTime())) return;
          const length = Date.parse(e.endsAt) - Date.parse(e.startsAt);
          setCopyNotice(null);
          void copy({
            variables: {
              id: e.id,
              startsAt: start.toISOString(),
              endsAt: new Date(start.getTime() + length).toISOString(),
            },
          }).then(
            (r) => {
              const p = r.data?.copyEvent;
              setErrors(p?.errors ?? []);
              setCopyWarnings(p?.warnings ?? []);
              if (p?.event) setCopyNotice(`A draft copy of ${e.title} is saved.`);
            },
            () => setErrors([{ field: null, message: 'The copy could not be saved. Try again.' }]),
          );
        }}
      >
        <label htmlFor={copyId}>New start for a copy of {e.title}</label>
        <input
          id={copyId}
          type="datetime-local"
          value={copyStart}
          required
          onChange={(ev) => setCopyStart(ev.target.value)}
        />
        <button type="submit" disabled={copying.loading || copyStart === ''}>
          Copy {e.title}
        </button>
      </form>
      {copyNotice && (
        <p role="status" className="notice">
          {copyNotice}
        </p>
      )}
      <ClashWarnings warnings={copyWarnings} />
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

/** Term-calendar clashes (holidays, INSET days, exams): warnings only, nothing is refused. */
function ClashWarnings({ warnings }: { warnings: ReadonlyArray<{ message: string }> }) {
  if (warnings.length === 0) return null;
  return (
    <div role="status" className="warnings">
      <p>
        <strong>Clash warning:</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.message}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}
