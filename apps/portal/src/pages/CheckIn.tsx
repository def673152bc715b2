import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { CheckInRowFragment, PhotoConsent } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading } from '../components/States';
import { when } from '../format';

const CheckInRow = graphql(`
  fragment CheckInRow on Registration {
    id
    status
    checkInCode
    checkedInAt
    photoConsent
    person {
      id
      displayName
      yearGroup
    }
  }
`);

const CheckInQuery = graphql(`
  query CheckInList($id: ID!) {
    event(id: $id) {
      id
      title
      startsAt
      registrations {
        id
        ...CheckInRow
      }
    }
  }
`);

const CheckInMutation = graphql(`
  mutation CheckIn($eventId: ID!, $personId: ID, $code: String) {
    checkIn(eventId: $eventId, personId: $personId, code: $code) {
      registration {
        id
        status
        checkedInAt
        photoConsent
        person {
          id
          displayName
        }
      }
      warnings
      errors {
        code
        message
      }
    }
  }
`);

const AT_THE_DOOR = new Set(['REGISTERED', 'ATTENDED']);

interface Outcome {
  kind: 'ok' | 'error';
  name: string | null;
  noPhotos: boolean;
  message: string;
}

/**
 * The door of one event on a phone: find a person by name or type their code, one big button,
 * the "no photos" warning on every row and on the result, the row updated before the server
 * answers (optimistic), and no second check-in (button gone; the API refuses one anyway).
 */
export function Page() {
  const { eventId = '' } = useParams();
  const searchId = useId();
  const codeId = useId();
  const [search, setSearch] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error } = useQuery(CheckInQuery, {
    variables: { id: eventId },
    errorPolicy: 'all',
  });
  const [checkIn] = useMutation(CheckInMutation);

  if (loading && !data) return <Loading what="the check-in list" />;
  const event = data?.event;
  if (!event) {
    return error ? (
      <ErrorState error={error} what="this event" />
    ) : (
      <Empty>There is no such event, or it is not yours to see.</Empty>
    );
  }
  if (!event.registrations)
    return error ? (
      <ErrorState error={error} what="this event’s check-in list" />
    ) : (
      <Empty>You cannot check people in at this event.</Empty>
    );

  const rows = event.registrations
    .map((r) => readFragment(CheckInRow, r))
    .filter((r) => AT_THE_DOOR.has(r.status));
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? rows.filter(
        (r) =>
          (r.person?.displayName.toLowerCase().includes(needle) ?? false) ||
          r.checkInCode?.toLowerCase() === needle,
      )
    : rows;

  const run = (variables: { personId?: string; code?: string }, row: CheckInRowFragment | null) => {
    const key = row?.id ?? `code:${variables.code}`;
    if (pending.has(key)) return;
    setPending((p) => new Set(p).add(key));
    void checkIn({
      variables: { eventId, personId: variables.personId ?? null, code: variables.code ?? null },
      optimisticResponse: row
        ? {
            checkIn: {
              __typename: 'AttendancePayload',
              registration: {
                __typename: 'Registration',
                id: row.id,
                status: 'ATTENDED',
                checkedInAt: new Date().toISOString(),
                photoConsent: row.photoConsent,
                person: row.person
                  ? { __typename: 'Person', id: row.person.id, displayName: row.person.displayName }
                  : null,
              },
              warnings: noPhotos(row.photoConsent) ? ['NO_PHOTOS'] : [],
              errors: [],
            },
          }
        : undefined,
    })
      .then(
        ({ data: result }) => {
          const payload = result?.checkIn;
          const name =
            payload?.registration?.person?.displayName ?? row?.person?.displayName ?? null;
          const err = payload?.errors[0];
          if (!payload || err) {
            setOutcome({
              kind: 'error',
              name,
              noPhotos: row ? noPhotos(row.photoConsent) : false,
              message: err?.message ?? 'Check-in failed: try again.',
            });
            return;
          }
          setOutcome({
            kind: 'ok',
            name,
            noPhotos: payload.warnings.includes('NO_PHOTOS'),
            message: `${name ?? 'The person'} is checked in.`,
          });
        },
        () =>
          setOutcome({
            kind: 'error',
            name: row?.person?.displayName ?? null,
            noPhotos: false,
            message: 'No connection: the check-in was not saved. Try again.',
          }),
      )
      .finally(() =>
        setPending((p) => {
          const n = new Set(p);
          n.delete(key);
          return n;
        }),
      );
  };

  const onCode = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code')).trim();
    if (!code) return;
    const row = rows.find((r) => r.checkInCode?.toLowerCase() === code.toLowerCase()) ?? null;
    run({ code }, row);
    e.currentTarget.reset();
  };

  return (
    <div className="check-in">
      <h1>Check-in: {event.title}</h1>
      <p>{when(event.startsAt)}</p>
      {outcome && (
        <div role="alert" className={`outcome outcome-${outcome.kind}`}>
          <p>{outcome.message}</p>
          {outcome.noPhotos && <NoPhotos name={outcome.name} />}
        </div>
      )}
      <form onSubmit={onCode} className="code-form">
        <label htmlFor={codeId}>Type a check-in code</label>
        <input
          id={codeId}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <button type="submit" className="primary big">
          Check in by code
        </button>
      </form>
      <label htmlFor={searchId}>Search by name or code</label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        autoComplete="off"
      />
      <p role="status" aria-live="polite">
        {rows.filter((r) => r.checkedInAt).length} of {rows.length} checked in
      </p>
      {shown.length === 0 ? (
        <Empty>{rows.length === 0 ? 'Nobody is registered yet.' : 'Nobody matches.'}</Empty>
      ) : (
        <ul className="door-list">
          {shown.map((r) => {
            const name = r.person?.displayName ?? 'Name hidden';
            const done = !!r.checkedInAt;
            return (
              <li key={r.id} className={done ? 'done' : undefined}>
                <div className="who">
                  <strong>{name}</strong>
                  {r.person?.yearGroup != null && <span> · Year {r.person.yearGroup}</span>}
                </div>
                {noPhotos(r.photoConsent) && <NoPhotos name={r.person?.displayName ?? null} />}
                {done ? (
                  <p className="checked">Checked in</p>
                ) : (
                  <button
                    type="button"
                    className="primary big"
                    disabled={pending.has(r.id)}
                    onClick={() =>
                      run(r.person ? { personId: r.person.id } : { code: r.checkInCode ?? '' }, r)
                    }
                  >
                    Check in {name}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const noPhotos = (c: PhotoConsent) => c !== 'ALLOWED';

function NoPhotos({ name }: { name: string | null }) {
  return (
    <p className="no-photos">
      <span aria-hidden="true">⚠ </span>
      NO PHOTOS{name ? ` of ${name}` : ''}: photo consent is refused or not recorded.
    </p>
  );
}
