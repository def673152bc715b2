import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { SurveyFormFragment } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when } from '../format';

const SurveyForm = graphql(`
  fragment SurveyForm on Survey {
    id
    phase
    instrument
    status
    opensAt
    closesAt
    reflectionQuestion
    licenceNotice
    items {
      position
      text
      scale {
        value
        label
      }
    }
    event {
      id
      title
      startsAt
    }
  }
`);

const SurveysQuery = graphql(`
  query MySurveys {
    mySurveys {
      token
      respondedAt
      survey {
        id
        ...SurveyForm
      }
    }
  }
`);

const SubmitSurveyResponse = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      accepted
      errors {
        code
        field
        message
      }
    }
  }
`);

interface Item {
  survey: SurveyFormFragment;
  token: string | null;
  respondedAt: string | null;
}

/**
 * The signed-in person's surveys: the invitations `mySurveys` lists, answered with their token.
 * Evaluation invites everyone holding a place when a PRE survey opens (and whoever registers
 * later), each to the instrument of their age band, and only invitees may answer. Each is
 * an ordinary form: per statement of the instrument (`Survey.items`, worded as the instrument
 * words them) a fieldset whose legend is the statement and whose radio buttons are the points of
 * its scale (Tab between statements, the arrow keys within one), the reflection question as a
 * labelled text box.
 */
export function Page() {
  const { data, loading, error } = useQuery(SurveysQuery, { errorPolicy: 'all' });
  // kept here: once sent, the survey moves to "answered" and its form goes away
  const [sent, setSent] = useState<string | null>(null);
  if (loading && !data) return <Loading what="your surveys" />;
  if (!data?.mySurveys)
    return (
      <>
        <h1>My surveys</h1>
        {error ? <ErrorState error={error} what="your surveys" /> : <Empty>No surveys.</Empty>}
      </>
    );
  const invited: Item[] = data.mySurveys.map((m) => ({
    survey: readFragment(SurveyForm, m.survey),
    token: m.token,
    respondedAt: m.respondedAt ?? null,
  }));
  const items = invited;
  const toAnswer = items.filter((i) => i.survey.status === 'OPEN' && !i.respondedAt);
  const done = items.filter((i) => i.survey.status !== 'OPEN' || i.respondedAt);
  return (
    <>
      <h1>My surveys</h1>
      {sent && (
        <p role="status" className="notice">
          Thank you: your answers to {sent} are saved.
        </p>
      )}
      {items.length === 0 ? (
        <Empty>You have no surveys to answer.</Empty>
      ) : (
        <>
          {toAnswer.length === 0 ? (
            <Empty>Nothing to answer now: thank you.</Empty>
          ) : (
            toAnswer.map((i) => <SurveyAnswerForm key={i.survey.id} item={i} onSent={setSent} />)
          )}
          {done.length > 0 && (
            <section aria-labelledby="done">
              <h2 id="done">Answered or closed</h2>
              <ul className="cards">
                {done.map((i) => (
                  <li key={i.survey.id} className="card">
                    {title(i.survey)}:{' '}
                    {i.respondedAt ? `answered ${when(i.respondedAt)}` : 'closed'}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

const title = (s: SurveyFormFragment) =>
  `${s.event?.title ?? 'An event'} (${s.phase === 'PRE' ? 'before' : 'after'} the event)`;

function SurveyAnswerForm({ item, onSent }: { item: Item; onSent: (title: string) => void }) {
  const id = useId();
  const { survey } = item;
  const [errors, setErrors] = useState<ReadonlyArray<{ message: string }>>([]);
  const [submit, submitting] = useMutation(SubmitSurveyResponse, {
    refetchQueries: ['MySurveys'],
    awaitRefetchQueries: true,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const answers = survey.items.map((item) => {
      const v = f.get(`item-${item.position - 1}`);
      return v === null ? null : Number(v);
    });
    const reflection = String(f.get('reflection') ?? '').trim();
    void submit({
      variables: {
        input: {
          ...(item.token ? { token: item.token } : { surveyId: survey.id }),
          answers,
          reflection: reflection || null,
        },
      },
    }).then(
      (r) => {
        const p = r.data?.submitSurveyResponse;
        setErrors(p?.errors ?? []);
        if (p?.accepted) onSent(title(survey));
      },
      () => setErrors([{ message: 'Your answers could not be sent. Try again.' }]),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title(survey)}</h2>
      <p>Open until {when(survey.closesAt)}.</p>
      <form className="survey" onSubmit={onSubmit}>
        <UserErrors errors={errors} />
        <p>
          For each statement, choose the answer that best describes you. All {survey.items.length}{' '}
          are needed.
        </p>
        {survey.items.map((item) => {
          const n = item.position - 1;
          return (
            <fieldset key={item.position}>
              <legend>
                <span className="visually-hidden">
                  Statement {item.position} of {survey.items.length}:{' '}
                </span>
                {item.text}
              </legend>
              <div className="scale">
                {item.scale.map((point) => (
                  <label key={point.value} htmlFor={`${id}-${n}-${point.value}`}>
                    <input
                      id={`${id}-${n}-${point.value}`}
                      type="radio"
                      name={`item-${n}`}
                      value={point.value}
                      required
                    />
                    {point.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <label htmlFor={`${id}-reflection`}>{survey.reflectionQuestion} (optional)</label>
        <textarea id={`${id}-reflection`} name="reflection" maxLength={2000} />
        {survey.licenceNotice && <p className="licence">{survey.licenceNotice}</p>}
        <button type="submit" className="primary" disabled={submitting.loading}>
          Send my answers
        </button>
      </form>
    </section>
  );
}
