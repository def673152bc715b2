import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { FragmentType } from '../__generated__/gql';
import type { Aim } from '../__generated__/gql/graphql';
import { hasRole } from '../auth/session';
import { useSession } from '../auth/useSession';
import { Empty, ErrorState, Loading, Pager, UserErrors } from '../components/States';
import { academicYearLabel, currentAcademicYear, words } from '../format';
import { AIMS } from './event-form';

const VoicesQuery = graphql(`
  query StudentVoices(
    $academicYear: Int
    $aim: Aim
    $theme: String
    $publishableOnly: Boolean
    $after: String
  ) {
    studentVoices(
      academicYear: $academicYear
      aim: $aim
      theme: $theme
      publishableOnly: $publishableOnly
      first: 25
      after: $after
    ) {
      edges {
        node {
          id
          ...VoiceCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const VoiceCard = graphql(`
  fragment VoiceCard on StudentVoice {
    id
    text
    phase
    academicYear
    aims
    themes
    publishable
    event {
      id
      title
    }
    partner {
      id
      name
    }
  }
`);

const AnnotateMutation = graphql(`
  mutation AnnotateStudentVoice($input: AnnotateStudentVoiceInput!) {
    annotateStudentVoice(input: $input) {
      voice {
        ...VoiceCard
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * The quote bank: students' own words from the surveys' reflection question, never with a name.
 * The coordinator sees every quote and tags it with themes or clears it for the annual report;
 * heads and champions see their own school's quotes where at least 10 of its students answered
 * (the graph decides, the page only shows what it is given).
 */
export function Page() {
  const ids = { year: useId(), aim: useId(), theme: useId(), cleared: useId() };
  const session = useSession();
  const mayAnnotate = !!session && hasRole(session, 'COORDINATOR');
  const [year, setYear] = useState(currentAcademicYear(new Date()));
  const [aim, setAim] = useState<Aim | ''>('');
  const [theme, setTheme] = useState('');
  const [publishableOnly, setPublishableOnly] = useState(false);
  const [pages, setPages] = useState<string[]>([]);
  const { data, loading, error } = useQuery(VoicesQuery, {
    variables: {
      academicYear: year,
      aim: aim || null,
      theme: theme.trim() || null,
      publishableOnly,
      after: pages.at(-1) ?? null,
    },
    errorPolicy: 'all',
  });
  const filtered = (change: () => void) => {
    change();
    setPages([]);
  };
  const voices = data?.studentVoices;
  return (
    <>
      <h1>Student voices</h1>
      <p>
        Students’ own words, answering “What will you do that is new or different…?”. A school is
        named only where at least 10 of its students answered the same survey.
      </p>
      <form className="filters" aria-label="Filter the quotes" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={ids.year}>Academic year</label>
        <select
          id={ids.year}
          value={year}
          onChange={(e) => filtered(() => setYear(Number(e.target.value)))}
        >
          {[0, 1, 2, 3].map((back) => {
            const y = currentAcademicYear(new Date()) - back;
            return (
              <option key={y} value={y}>
                {academicYearLabel(y)}
              </option>
            );
          })}
        </select>
        <label htmlFor={ids.aim}>Aim</label>
        <select
          id={ids.aim}
          value={aim}
          onChange={(e) => filtered(() => setAim(e.target.value as Aim | ''))}
        >
          <option value="">Every aim</option>
          {AIMS.map((a) => (
            <option key={a} value={a}>
              {words(a)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.theme}>Theme</label>
        <input
          id={ids.theme}
          type="search"
          value={theme}
          onChange={(e) => filtered(() => setTheme(e.target.value))}
        />
        <input
          id={ids.cleared}
          type="checkbox"
          checked={publishableOnly}
          onChange={(e) => filtered(() => setPublishableOnly(e.target.checked))}
        />
        <label htmlFor={ids.cleared}>Cleared for the annual report only</label>
      </form>
      {loading && !data ? (
        <Loading what="the quotes" />
      ) : !voices ? (
        error ? (
          <ErrorState error={error} what="the quotes" />
        ) : (
          <Empty>No quotes.</Empty>
        )
      ) : voices.edges.length === 0 ? (
        <Empty>No quotes match.</Empty>
      ) : (
        <>
          <ul className="cards" aria-label="Quotes">
            {voices.edges.map((e) => (
              <Voice key={e.node.id} voice={e.node} mayAnnotate={mayAnnotate} />
            ))}
          </ul>
          <Pager
            what="quotes"
            hasNext={voices.pageInfo.hasNextPage}
            hasPrevious={pages.length > 0}
            next={() => {
              const cursor = voices.pageInfo.endCursor;
              if (cursor) setPages([...pages, cursor]);
            }}
            previous={() => setPages(pages.slice(0, -1))}
          />
        </>
      )}
    </>
  );
}

function Voice(props: { voice: FragmentType<typeof VoiceCard>; mayAnnotate: boolean }) {
  const v = readFragment(VoiceCard, props.voice);
  return (
    <li className="card">
      <blockquote>
        <p>{v.text}</p>
      </blockquote>
      <p>
        {v.phase === 'PRE' ? 'Before' : 'After'} {v.event ? v.event.title : 'an event'} ·{' '}
        {academicYearLabel(v.academicYear)}
        {v.partner ? ` · ${v.partner.name}` : ''}
      </p>
      <p>
        Aims: {v.aims.map(words).join(', ') || 'none'}
        {v.themes.length > 0 ? ` · Themes: ${v.themes.join(', ')}` : ''}
      </p>
      <p>
        <strong>{v.publishable ? 'Cleared for the annual report' : 'Not cleared'}</strong>
      </p>
      {props.mayAnnotate && <Annotate id={v.id} publishable={v.publishable} themes={v.themes} />}
    </li>
  );
}

function Annotate(props: { id: string; publishable: boolean; themes: readonly string[] }) {
  const ids = { themes: useId() };
  const [themes, setThemes] = useState(props.themes.join(', '));
  const [annotate, result] = useMutation(AnnotateMutation);
  const errors = result.data?.annotateStudentVoice.errors ?? [];
  const save = (publishable: boolean) =>
    void annotate({
      variables: {
        input: {
          id: props.id,
          publishable,
          themes: themes
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        },
      },
    });
  return (
    <form
      aria-label="Annotate the quote"
      onSubmit={(e) => {
        e.preventDefault();
        save(props.publishable);
      }}
    >
      <label htmlFor={ids.themes}>Themes (comma-separated)</label>
      <input id={ids.themes} value={themes} onChange={(e) => setThemes(e.target.value)} />
      <div className="actions">
        <button type="submit" disabled={result.loading}>
          Save themes
        </button>
        <button type="button" disabled={result.loading} onClick={() => save(!props.publishable)}>
          {props.publishable ? 'Withdraw from the annual report' : 'Clear for the annual report'}
        </button>
      </div>
      <UserErrors errors={errors} />
      {result.error && <ErrorState error={result.error} what="the annotation" />}
    </form>
  );
}
