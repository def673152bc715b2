import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { FragmentType } from '../__generated__/gql';
import { when, words } from '../format';
import { Empty, UserErrors } from './States';

export const RegistrationItem = graphql(`
  fragment RegistrationItem on Registration {
    id
    status
    waitlistPosition
    offerExpiresAt
    checkInCode
    event {
      id
      title
      startsAt
    }
  }
`);

const CancelRegistration = graphql(`
  mutation CancelRegistration($registrationId: ID!) {
    cancelRegistration(registrationId: $registrationId) {
      registration {
        id
        status
      }
      errors {
        code
        message
      }
    }
  }
`);

const ConfirmPlace = graphql(`
  mutation ConfirmPlace($registrationId: ID!) {
    confirmPlace(registrationId: $registrationId) {
      registration {
        id
        status
        offerExpiresAt
      }
      errors {
        code
        message
      }
    }
  }
`);

const ACTIVE = new Set(['REGISTERED', 'WAITLISTED', 'OFFERED']);

/** A person's registrations: status, queue place, offer deadline, code; cancel and confirm. */
export function Registrations({
  registrations,
  refetch,
}: {
  registrations: ReadonlyArray<FragmentType<typeof RegistrationItem>>;
  refetch: string[];
}) {
  const items = registrations.map((r) => readFragment(RegistrationItem, r));
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [cancel, cancelling] = useMutation(CancelRegistration, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const [confirm, confirming] = useMutation(ConfirmPlace, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  if (items.length === 0) return <Empty>No registrations yet.</Empty>;
  const busy = cancelling.loading || confirming.loading;
  return (
    <>
      <UserErrors errors={errors} />
      <ul className="cards">
        {items.map((r) => (
          <li key={r.id} className="card" data-registration={r.id}>
            <h3>{r.event.title}</h3>
            <p>{when(r.event.startsAt)}</p>
            <p>
              <strong className={`status status-${r.status.toLowerCase()}`}>
                {words(r.status)}
              </strong>
              {r.status === 'WAITLISTED' && r.waitlistPosition !== null && (
                <> · place {r.waitlistPosition} in the queue</>
              )}
            </p>
            {r.status === 'OFFERED' && r.offerExpiresAt && (
              <p className="notice">
                A place is offered to you: confirm it before {when(r.offerExpiresAt)}.
              </p>
            )}
            {r.checkInCode && ACTIVE.has(r.status) && r.status !== 'WAITLISTED' && (
              <p>
                Check-in code: <code className="code">{r.checkInCode}</code>
              </p>
            )}
            <div className="actions">
              {r.status === 'OFFERED' && (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() =>
                    void confirm({ variables: { registrationId: r.id } }).then((res) =>
                      setErrors(res.data?.confirmPlace.errors ?? []),
                    )
                  }
                >
                  Confirm my place at {r.event.title}
                </button>
              )}
              {ACTIVE.has(r.status) && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void cancel({ variables: { registrationId: r.id } }).then((res) =>
                      setErrors(res.data?.cancelRegistration.errors ?? []),
                    )
                  }
                >
                  Cancel {r.status === 'WAITLISTED' ? 'my place in the queue' : 'my place'} at{' '}
                  {r.event.title}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
