import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import type { Role } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, Pager } from '../components/States';
import { words } from '../format';

const MySchoolQuery = graphql(`
  query MySchool($role: Role, $after: String) {
    me {
      id
      partner {
        id
        name
      }
    }
    people(role: $role, first: 100, after: $after) {
      edges {
        node {
          id
          displayName
          roles
          yearGroup
          leftOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ROLES: Array<{ value: Role | ''; label: string }> = [
  { value: 'STUDENT', label: 'Students' },
  { value: 'TEACHER', label: 'Teachers' },
  { value: '', label: 'Everyone' },
];

/**
 * The caller's school: its students and staff, as `people` returns them (a head, champion or
 * teacher sees their own partner's people, nobody else's). The search filters the names of the
 * page shown (the API has no name search); each name opens the person's page, with their
 * registrations, consent and safeguarding records as the graph allows the caller to see them.
 */
export function Page() {
  const searchId = useId();
  const roleId = useId();
  const [role, setRole] = useState<Role | ''>('STUDENT');
  const [search, setSearch] = useState('');
  const [pages, setPages] = useState<string[]>([]);
  // no partner filter: `people` answers with the caller's own scope (their school)
  const { data, loading, error } = useQuery(MySchoolQuery, {
    variables: { role: role || null, after: pages.at(-1) ?? null },
  });
  const school = data?.me?.partner;
  const people = (data?.people.edges ?? [])
    .map((e) => e.node)
    .filter((p) => p.displayName.toLocaleLowerCase().includes(search.trim().toLocaleLowerCase()));

  return (
    <>
      <h1>{school ? `My school: ${school.name}` : 'My school'}</h1>
      <div className="filters">
        <label htmlFor={roleId}>Show</label>
        <select
          id={roleId}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as Role | '');
            setPages([]);
          }}
        >
          {ROLES.map((r) => (
            <option key={r.label} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <label htmlFor={searchId}>Search by name</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {loading && !data ? (
        <Loading what="your school’s people" />
      ) : error && !data ? (
        <ErrorState error={error} what="your school’s people" />
      ) : people.length === 0 ? (
        <Empty>
          {search.trim() ? 'Nobody on this page has a name like that.' : 'Nobody to show.'}
        </Empty>
      ) : (
        <>
          <p role="status" aria-live="polite">
            {people.length === 1 ? '1 person' : `${people.length} people`}
          </p>
          <table className="people">
            <caption className="visually-hidden">People of your school</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Roles</th>
                <th scope="col">Year group</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/people/${p.id}`}>{p.displayName}</Link>
                    {p.leftOn && ' (left)'}
                  </th>
                  <td>{p.roles.map(words).join(', ')}</td>
                  <td>{p.yearGroup ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {data && (
        <Pager
          hasNext={data.people.pageInfo.hasNextPage}
          hasPrevious={pages.length > 0}
          next={() => {
            const cursor = data.people.pageInfo.endCursor;
            if (cursor) setPages([...pages, cursor]);
          }}
          previous={() => setPages(pages.slice(0, -1))}
          what="people"
        />
      )}
    </>
  );
}
