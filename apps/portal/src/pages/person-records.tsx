import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import type {
  SafeguardingCheckKind,
  ConsentDecision,
  ConsentGiver,
  ConsentKind,
  ConsentMethod,
} from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when, words } from '../format';

const PersonRecordsQuery = graphql(`
  query PersonRecords($id: ID!) {
    person(id: $id) {
      id
      displayName
      roles
      consentState {
        kind
        granted
        decision
        givenBy
        decidedAt
      }
      consentRecords {
        id
        kind
        decision
        noticeVersion
        givenBy
        giverName
        givenAt
        method
      }
      safeguardingChecks {
        id
        kind
        reference
        checkedOn
        checkedBy
        reviewOn
      }
    }
  }
`);

const RecordConsent = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
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

const RecordSafeguardingCheck = graphql(`
  mutation RecordSafeguardingCheck($input: RecordSafeguardingCheckInput!) {
    recordSafeguardingCheck(input: $input) {
      check {
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

const UpcomingEventsQuery = graphql(`
  query UpcomingEvents($from: String!) {
    events(from: $from, status: PUBLISHED, first: 100) {
      edges {
        node {
          id
          title
          startsAt
        }
      }
    }
  }
`);

const RegisterPerson = graphql(`
  mutation RegisterPersonForEvent($eventId: ID!, $personId: ID!) {
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

const KINDS: ConsentKind[] = ['PHOTO_PUBLICITY', 'TRIPS', 'DATA_PROCESSING'];
const DECISIONS: ConsentDecision[] = ['GRANTED', 'REFUSED', 'WITHDRAWN'];
const GIVERS: ConsentGiver[] = ['PARENT_CARER', 'STUDENT', 'SELF'];
const METHODS: ConsentMethod[] = ['PAPER', 'ONLINE', 'VERBAL'];
const CHECKS: SafeguardingCheckKind[] = [
  'ENHANCED_DBS_BARRED_LIST',
  'ENHANCED_DBS',
  'IDENTITY',
  'EMPLOYER_CONFIRMATION',
];

/**
 * A person's consent (current state and every record) and safeguarding checks, each shown only
 * when the graph returns it to the caller (null for anyone it does not: a FORBIDDEN-free null,
 * so the section says so). Recording consent is offered beside them; the API decides who may.
 */
export function PersonRecords({ personId }: { personId: string }) {
  const { data, loading, error } = useQuery(PersonRecordsQuery, {
    variables: { id: personId },
    errorPolicy: 'all',
  });
  if (loading && !data) return <Loading what="consent and safeguarding records" />;
  const person = data?.person;
  if (!person) return error ? <ErrorState error={error} what="these records" /> : null;
  const records = person.consentRecords ?? null;
  return (
    <>
      <section aria-labelledby="consent">
        <h2 id="consent">Consent</h2>
        {!person.consentState ? (
          <Empty>You cannot see this person’s consent.</Empty>
        ) : (
          <table>
            <caption className="visually-hidden">Current consent of {person.displayName}</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Now</th>
                <th scope="col">Decided by</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {person.consentState.map((c) => (
                <tr key={c.kind}>
                  <th scope="row">{words(c.kind)}</th>
                  <td>{c.decision ? words(c.decision) : 'No record (treated as not given)'}</td>
                  <td>{c.givenBy ? words(c.givenBy) : '—'}</td>
                  <td>{c.decidedAt ? when(c.decidedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {records && (
          <>
            <h3>Every consent record, newest first</h3>
            {records.length === 0 ? (
              <Empty>No consent recorded yet.</Empty>
            ) : (
              <ul className="cards" aria-label="Consent records">
                {records.map((r) => (
                  <li key={r.id} className="card">
                    {words(r.kind)}: <strong>{words(r.decision)}</strong> by {words(r.givenBy)}
                    {r.giverName ? ` (${r.giverName})` : ''}, {words(r.method).toLowerCase()},{' '}
                    {when(r.givenAt)}
                    {r.noticeVersion ? `, notice ${r.noticeVersion}` : ''}
                  </li>
                ))}
              </ul>
            )}
            <RecordConsentForm personId={person.id} />
          </>
        )}
      </section>
      <section aria-labelledby="safeguarding">
        <h2 id="safeguarding">Safeguarding checks</h2>
        {!person.safeguardingChecks ? (
          <Empty>You cannot see this person’s safeguarding checks.</Empty>
        ) : person.safeguardingChecks.length === 0 ? (
          <Empty>No safeguarding checks recorded.</Empty>
        ) : (
          <table>
            <caption className="visually-hidden">
              Safeguarding checks of {person.displayName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Reference</th>
                <th scope="col">Checked on</th>
                <th scope="col">By</th>
                <th scope="col">Review by</th>
              </tr>
            </thead>
            <tbody>
              {person.safeguardingChecks.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{words(c.kind)}</th>
                  <td>{c.reference}</td>
                  <td>{c.checkedOn}</td>
                  <td>{c.checkedBy}</td>
                  <td>{c.reviewOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {person.safeguardingChecks && !person.roles.includes('STUDENT') && (
          <RecordCheckForm personId={person.id} />
        )}
      </section>
    </>
  );
}

/** Records an adult's safeguarding check (the coordinator, or a head or champion of their partner). */
function RecordCheckForm({ personId }: { personId: string }) {
  const id = useId();
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordSafeguardingCheck, {
    refetchQueries: ['PersonRecords'],
    awaitRefetchQueries: true,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setNotice(null);
    void record({
      variables: {
        input: {
          personId,
          kind: text('kind') as SafeguardingCheckKind,
          reference: text('reference'),
          checkedOn: text('checkedOn'),
          checkedBy: text('checkedBy'),
          reviewOn: text('reviewOn'),
        },
      },
    }).then(
      (r) => {
        const p = r.data?.recordSafeguardingCheck;
        setErrors(p?.errors ?? []);
        if (p?.check) {
          setNotice('Check recorded.');
          setFormKey((k) => k + 1);
        }
      },
      () => setErrors([{ message: 'The check could not be recorded. Try again.' }]),
    );
  };
  return (
    <form key={formKey} className="stacked" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Record a safeguarding check</h3>
      <UserErrors errors={errors} />
      <label htmlFor={`${id}-kind`}>Check</label>
      <select id={`${id}-kind`} name="kind" defaultValue="ENHANCED_DBS_BARRED_LIST">
        {CHECKS.map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reference`}>Certificate or confirmation reference</label>
      <input id={`${id}-reference`} name="reference" required autoComplete="off" />
      <label htmlFor={`${id}-checked-on`}>Checked on</label>
      <input id={`${id}-checked-on`} name="checkedOn" type="date" required />
      <label htmlFor={`${id}-checked-by`}>Checked by (a name or an office)</label>
      <input id={`${id}-checked-by`} name="checkedBy" required autoComplete="off" />
      <label htmlFor={`${id}-review-on`}>Review by</label>
      <input id={`${id}-review-on`} name="reviewOn" type="date" required />
      <button type="submit" className="primary" disabled={recording.loading}>
        Record the check
      </button>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </form>
  );
}

function RecordConsentForm({ personId }: { personId: string }) {
  const id = useId();
  const [kind, setKind] = useState<ConsentKind>('PHOTO_PUBLICITY');
  const [giver, setGiver] = useState<ConsentGiver>('PARENT_CARER');
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordConsent, {
    refetchQueries: ['PersonRecords', 'PersonPage'],
    awaitRefetchQueries: true,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = String(f.get(k) ?? '').trim();
      return v === '' ? null : v;
    };
    setNotice(null);
    void record({
      variables: {
        input: {
          personId,
          kind,
          decision: f.get('decision') as ConsentDecision,
          givenBy: giver,
          giverName: giver === 'PARENT_CARER' ? text('giverName') : null,
          noticeVersion: kind === 'DATA_PROCESSING' ? text('noticeVersion') : null,
          method: f.get('method') as ConsentMethod,
        },
      },
    }).then(
      (r) => {
        const p = r.data?.recordConsent;
        setErrors(p?.errors ?? []);
        if (p?.consent) setNotice('Consent recorded.');
      },
      () => setErrors([{ message: 'The consent could not be recorded. Try again.' }]),
    );
  };
  return (
    <form className="stacked" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Record a consent decision</h3>
      <UserErrors errors={errors} />
      <label htmlFor={`${id}-kind`}>What about</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as ConsentKind)}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-decision`}>Decision</label>
      <select id={`${id}-decision`} name="decision" defaultValue="GRANTED">
        {DECISIONS.map((d) => (
          <option key={d} value={d}>
            {words(d)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-giver`}>Given by</label>
      <select
        id={`${id}-giver`}
        value={giver}
        onChange={(e) => setGiver(e.target.value as ConsentGiver)}
      >
        {GIVERS.map((g) => (
          <option key={g} value={g}>
            {words(g)}
          </option>
        ))}
      </select>
      {giver === 'PARENT_CARER' && (
        <>
          <label htmlFor={`${id}-giver-name`}>Parent or carer’s name</label>
          <input id={`${id}-giver-name`} name="giverName" autoComplete="off" />
        </>
      )}
      {kind === 'DATA_PROCESSING' && (
        <>
          <label htmlFor={`${id}-notice`}>Privacy notice version</label>
          <input id={`${id}-notice`} name="noticeVersion" autoComplete="off" />
        </>
      )}
      <label htmlFor={`${id}-method`}>How it was made known</label>
      <select id={`${id}-method`} name="method" defaultValue="PAPER">
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {words(m)}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={recording.loading}>
        Record consent
      </button>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </form>
  );
}

/**
 * Registers the person for a published event that has not started (registerForEvent: a teacher,
 * champion or head for someone at their partner, or the coordinator; the API refuses anyone else).
 */
export function RegisterForEvent({ personId, name }: { personId: string; name: string }) {
  const id = useId();
  const [from] = useState(() => new Date().toISOString());
  const events = useQuery(UpcomingEventsQuery, { variables: { from } });
  const [eventId, setEventId] = useState('');
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [register, registering] = useMutation(RegisterPerson, {
    refetchQueries: ['PersonPage'],
    awaitRefetchQueries: true,
  });
  if (events.loading && !events.data) return <Loading what="upcoming events" />;
  if (events.error && !events.data) return <ErrorState error={events.error} what="events" />;
  const options = events.data?.events.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Register for an event</h2>
      {options.length === 0 ? (
        <Empty>No published events are open for registration.</Empty>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!eventId) return;
            setNotice(null);
            void register({ variables: { eventId, personId } }).then(
              (r) => {
                const p = r.data?.registerForEvent;
                setErrors(p?.errors ?? []);
                const reg = p?.registration;
                if (reg)
                  setNotice(
                    reg.status === 'WAITLISTED'
                      ? `The event is full: ${name} is number ${reg.waitlistPosition ?? '?'} on the waitlist.`
                      : `${name} has a place.`,
                  );
              },
              () => setErrors([{ message: 'The registration could not be made. Try again.' }]),
            );
          }}
        >
          <UserErrors errors={errors} />
          <label htmlFor={`${id}-event`}>Event</label>
          <select
            id={`${id}-event`}
            value={eventId}
            required
            onChange={(e) => setEventId(e.target.value)}
          >
            <option value="">Choose an event</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title} ({when(o.startsAt)})
              </option>
            ))}
          </select>
          <button type="submit" disabled={registering.loading || !eventId}>
            Register
          </button>
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
