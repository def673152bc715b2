import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { Phase, SwapOfferCardFragment } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { words } from '../format';

const SwapOfferCard = graphql(`
  fragment SwapOfferCard on SwapOffer {
    id
    teacher {
      id
      displayName
    }
    subjects
    phase
    availableFrom
    availableTo
    maxTravelMiles
    notes
    status
    sector
  }
`);

const SwapsQuery = graphql(`
  query Swaps {
    me {
      id
    }
    swaps {
      id
      status
      subjects
      phase
      startsOn
      endsOn
      hostApproved
      visitingApproved
      withdrawnReason
      hostTeacher {
        id
        displayName
      }
      visitingTeacher {
        id
        displayName
      }
      hostPartner {
        id
        name
      }
      visitingPartner {
        id
        name
      }
    }
    swapOffers(status: OPEN) {
      id
      ...SwapOfferCard
    }
  }
`);

const CreateSwapOffer = graphql(`
  mutation CreateSwapOffer($input: CreateSwapOfferInput!) {
    createSwapOffer(input: $input) {
      swapOffer {
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

const WithdrawSwapOffer = graphql(`
  mutation WithdrawSwapOffer($id: ID!) {
    withdrawSwapOffer(id: $id) {
      errors {
        code
        message
      }
    }
  }
`);

const PHASES: Phase[] = ['PRIMARY', 'KS3', 'KS4', 'KS5'];
/** KS4 stays KS4; PRIMARY reads Primary. */
const phaseName = (p: Phase) => (p.startsWith('KS') ? p : words(p));

/**
 * Teacher swaps: the caller's swaps as `swaps` returns them (a teacher their own, a head their
 * school's, the coordinator every one) and the open offers; a teacher offers a swap and withdraws
 * their own offer. FORBIDDEN (students, finance, associates…) reads "You cannot see swaps".
 */
export function Page() {
  const { data, loading, error } = useQuery(SwapsQuery, { errorPolicy: 'all' });
  if (loading && !data) return <Loading what="swaps" />;
  if (!data?.swaps && !data?.swapOffers)
    return (
      <>
        <h1>Teacher swaps</h1>
        {error ? <ErrorState error={error} what="swaps" /> : <Empty>No swaps.</Empty>}
      </>
    );
  const me = data.me?.id ?? null;
  const offers = (data.swapOffers ?? []).map((o) => readFragment(SwapOfferCard, o));
  return (
    <>
      <h1>Teacher swaps</h1>
      <section aria-labelledby="my-swaps">
        <h2 id="my-swaps">Swaps</h2>
        {!data.swaps ? (
          <Empty>You cannot see swaps.</Empty>
        ) : data.swaps.length === 0 ? (
          <Empty>No swaps yet: they are proposed when an offer and a request match.</Empty>
        ) : (
          <ul className="cards" aria-label="Swaps">
            {data.swaps.map((s) => (
              <li key={s.id} className="card">
                <h3>
                  {s.subjects.join(', ')} ({phaseName(s.phase)})
                </h3>
                <p>
                  <strong>{words(s.status)}</strong> · {s.startsOn} to {s.endsOn}
                </p>
                <p>
                  {s.visitingTeacher?.displayName ?? 'A teacher'} from{' '}
                  {s.visitingPartner?.name ?? 'another school'} visits{' '}
                  {s.hostTeacher?.displayName ?? 'a teacher'} at{' '}
                  {s.hostPartner?.name ?? 'another school'}
                </p>
                <p>
                  Host head {s.hostApproved ? 'approved' : 'has not approved yet'}; visiting head{' '}
                  {s.visitingApproved ? 'approved' : 'has not approved yet'}
                </p>
                {s.withdrawnReason && <p>Withdrawn: {s.withdrawnReason}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="offers">
        <h2 id="offers">Open offers</h2>
        {!data.swapOffers ? (
          <Empty>You cannot see swap offers.</Empty>
        ) : offers.length === 0 ? (
          <Empty>No open offers.</Empty>
        ) : (
          <ul className="cards" aria-label="Open offers">
            {offers.map((o) => (
              <OfferCard key={o.id} offer={o} mine={o.teacher?.id === me} />
            ))}
          </ul>
        )}
        <NewOffer />
      </section>
    </>
  );
}

function OfferCard({ offer: o, mine }: { offer: SwapOfferCardFragment; mine: boolean }) {
  const [withdraw, withdrawing] = useMutation(WithdrawSwapOffer, {
    refetchQueries: ['Swaps'],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const label = `${o.subjects.join(', ')} (${phaseName(o.phase)})`;
  return (
    <li className="card">
      <h3>
        {label}
        {mine && <span className="badge">Your offer</span>}
      </h3>
      <p>
        {o.teacher?.displayName ?? 'A teacher'} · {words(o.sector)} school · {o.availableFrom} to{' '}
        {o.availableTo} · up to {o.maxTravelMiles} miles
      </p>
      {o.notes && <p className="body">{o.notes}</p>}
      <UserErrors errors={errors} />
      {mine && (
        <button
          type="button"
          disabled={withdrawing.loading}
          aria-label={`Withdraw your offer: ${label}`}
          onClick={() =>
            void withdraw({ variables: { id: o.id } }).then(
              (r) => setErrors(r.data?.withdrawSwapOffer.errors ?? []),
              () => setErrors([{ message: 'The offer could not be withdrawn. Try again.' }]),
            )
          }
        >
          Withdraw
        </button>
      )}
    </li>
  );
}

/** Offer a swap (a teacher, for themself; the API refuses anyone else with FORBIDDEN). */
function NewOffer() {
  const id = useId();
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateSwapOffer, {
    refetchQueries: ['Swaps'],
    awaitRefetchQueries: true,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = (k: string) => String(f.get(k) ?? '').trim();
    setNotice(null);
    void create({
      variables: {
        input: {
          subjects: value('subjects')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          phase: value('phase') as Phase,
          availableFrom: value('availableFrom'),
          availableTo: value('availableTo'),
          maxTravelMiles: Number(value('maxTravelMiles')),
          notes: value('notes') || null,
        },
      },
    }).then(
      (r) => {
        const p = r.data?.createSwapOffer;
        setErrors(p?.errors ?? []);
        if (p?.swapOffer) {
          setNotice('Your offer is listed.');
          setFormKey((k) => k + 1);
        }
      },
      () => setErrors([{ message: 'The offer could not be saved. Try again.' }]),
    );
  };
  return (
    <form key={formKey} className="stacked" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Offer a swap</h3>
      <UserErrors errors={errors} />
      <label htmlFor={`${id}-subjects`}>Subjects (separated by commas)</label>
      <input id={`${id}-subjects`} name="subjects" required autoComplete="off" />
      <label htmlFor={`${id}-phase`}>Phase</label>
      <select id={`${id}-phase`} name="phase" defaultValue="KS4">
        {PHASES.map((p) => (
          <option key={p} value={p}>
            {phaseName(p)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>Available from</label>
      <input id={`${id}-from`} name="availableFrom" type="date" required />
      <label htmlFor={`${id}-to`}>Available to</label>
      <input id={`${id}-to`} name="availableTo" type="date" required />
      <label htmlFor={`${id}-miles`}>How far you will travel (miles)</label>
      <input
        id={`${id}-miles`}
        name="maxTravelMiles"
        type="number"
        min={1}
        max={60}
        defaultValue={15}
        required
      />
      <label htmlFor={`${id}-notes`}>Notes (optional)</label>
      <textarea id={`${id}-notes`} name="notes" maxLength={1000} />
      <button type="submit" className="primary" disabled={creating.loading}>
        Offer a swap
      </button>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </form>
  );
}
