import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading, Pager } from '../components/States';
import { when, words } from '../format';

const ClustersQuery = graphql(`
  query SubjectClusters {
    subjectClusters {
      id
      name
      subject
      phase
      memberCount
      isMember
      isLead
    }
  }
`);

const ResourcesQuery = graphql(`
  query ClusterResources($clusterId: ID!, $search: String, $after: String) {
    clusterResources(clusterId: $clusterId, search: $search, first: 20, after: $after) {
      edges {
        node {
          id
          title
          url
          fileReference
          examCourse
          tags
          addedBy {
            id
            displayName
          }
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Subject clusters (teachers, heads and the coordinator; FORBIDDEN for others) and, for a cluster
 * the caller belongs to (or the coordinator), its resources with a search.
 */
export function Page() {
  const { data, loading, error } = useQuery(ClustersQuery, { errorPolicy: 'all' });
  const [open, setOpen] = useState<string | null>(null);
  if (loading && !data) return <Loading what="subject clusters" />;
  const clusters = data?.subjectClusters;
  return (
    <>
      <h1>Subject clusters</h1>
      {!clusters ? (
        error ? (
          <ErrorState error={error} what="subject clusters" />
        ) : (
          <Empty>No subject clusters.</Empty>
        )
      ) : clusters.length === 0 ? (
        <Empty>No subject clusters yet.</Empty>
      ) : (
        <ul className="cards" aria-label="Subject clusters">
          {clusters.map((c) => (
            <li key={c.id} className="card">
              <h2>{c.name}</h2>
              <p>
                {c.subject}
                {c.phase ? ` · ${words(c.phase)}` : ' · every phase'} · {c.memberCount}{' '}
                {c.memberCount === 1 ? 'teacher' : 'teachers'}
                {c.isLead ? ' · you lead it' : c.isMember ? ' · you are a member' : ''}
              </p>
              <button
                type="button"
                aria-expanded={open === c.id}
                onClick={() => setOpen(open === c.id ? null : c.id)}
              >
                {open === c.id ? 'Hide' : 'Show'} the resources of {c.name}
              </button>
              {open === c.id && <Resources clusterId={c.id} name={c.name} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Resources({ clusterId, name }: { clusterId: string; name: string }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [pages, setPages] = useState<string[]>([]);
  const { data, loading, error } = useQuery(ResourcesQuery, {
    variables: { clusterId, search: applied || null, after: pages.at(-1) ?? null },
    errorPolicy: 'all',
  });
  const connection = data?.clusterResources;
  return (
    <section aria-label={`Resources of ${name}`}>
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setPages([]);
          setApplied(search.trim());
        }}
      >
        <label htmlFor={searchId}>Search the resources of {name}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      {loading && !data ? (
        <Loading what="resources" />
      ) : !connection ? (
        error ? (
          <ErrorState error={error} what="this cluster’s resources" />
        ) : (
          <Empty>No resources.</Empty>
        )
      ) : connection.edges.length === 0 ? (
        <Empty>{applied ? 'No resource matches.' : 'No resources shared yet.'}</Empty>
      ) : (
        <ul aria-label={`Resources of ${name}`}>
          {connection.edges.map(({ node: r }) => (
            <li key={r.id}>
              {r.url ? (
                <a href={r.url} rel="noopener noreferrer" target="_blank">
                  {r.title}
                </a>
              ) : (
                <strong>{r.title}</strong>
              )}
              {r.fileReference && ` (file: ${r.fileReference})`}
              {r.examCourse && ` · ${r.examCourse}`}
              {r.tags.length > 0 && ` · ${r.tags.join(', ')}`} · added{' '}
              {r.addedBy ? `by ${r.addedBy.displayName} ` : ''}
              {when(r.createdAt)}
            </li>
          ))}
        </ul>
      )}
      {connection && (
        <Pager
          hasNext={connection.pageInfo.hasNextPage}
          hasPrevious={pages.length > 0}
          next={() => {
            const cursor = connection.pageInfo.endCursor;
            if (cursor) setPages([...pages, cursor]);
          }}
          previous={() => setPages(pages.slice(0, -1))}
          what="resources"
        />
      )}
    </section>
  );
}
