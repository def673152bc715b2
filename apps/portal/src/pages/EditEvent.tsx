import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { EventFields, readEventForm } from './event-form';
import { PartnersQuery, PlanningEvent } from './planning-operations';

const EditEventQuery = graphql(`
  query EditEvent($id: ID!) {
    event(id: $id) {
      id
      ...PlanningEvent
    }
  }
`);

const UpdateEvent = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
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

/** Edit any field of a draft or published event. */
export function Page() {
  const { eventId = '' } = useParams();
  const { data, loading, error } = useQuery(EditEventQuery, { variables: { id: eventId } });
  const partners = useQuery(PartnersQuery);
  const [update, updating] = useMutation(UpdateEvent);
  const [errors, setErrors] = useState<ReadonlyArray<{ field: string | null; message: string }>>(
    [],
  );
  const [saved, setSaved] = useState(false);
  if (loading && !data) return <Loading what="the event" />;
  if (error && !data) return <ErrorState error={error} what="the event" />;
  if (!data?.event) return <Empty>There is no such event, or it is not yours to see.</Empty>;
  const e = readFragment(PlanningEvent, data.event);
  const onSave = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const v = readEventForm(ev.currentTarget);
    setSaved(false);
    void update({
      variables: {
        id: e.id,
        input: { ...v, yearGroups: v.audience === 'TEACHERS' ? [] : v.yearGroups },
      },
    }).then(
      (r) => {
        setErrors(r.data?.updateEvent.errors ?? []);
        setSaved(!!r.data?.updateEvent.event);
      },
      () => setErrors([{ field: null, message: 'The event could not be saved. Try again.' }]),
    );
  };
  return (
    <>
      <h1>Edit {e.title}</h1>
      <p>
        <Link to="/planning">Back to planning</Link>
      </p>
      <form onSubmit={onSave} className="stacked">
        <UserErrors errors={errors} />
        <EventFields
          initial={{
            ...e,
            yearGroups: [...e.yearGroups],
            aims: [...e.aims],
            hostPartnerId: e.hostPartner?.id ?? null,
          }}
          partners={partners.data?.partners ?? []}
          fieldErrors={errors}
        />
        <button type="submit" className="primary" disabled={updating.loading}>
          Save changes
        </button>
        {saved && (
          <p role="status" className="notice">
            Saved.
          </p>
        )}
      </form>
    </>
  );
}
