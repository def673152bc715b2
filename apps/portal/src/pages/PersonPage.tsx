import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Registrations } from '../components/Registrations';
import { Empty, ErrorState, Loading } from '../components/States';
import { hasRole } from '../auth/session';
import { useSession } from '../auth/useSession';
import { PersonRecords, RegisterForEvent } from './person-records';

const PersonQuery = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      displayName
      yearGroup
      registrations {
        id
        ...RegistrationItem
      }
    }
  }
`);

/**
 * One person's registrations (staff may register them for an event), consent and safeguarding
 * records, for the person and the staff the graph lets see them. The id in the
 * URL proves nothing: someone else's id shows what the graph returns them, which is nothing.
 */
export function Page() {
  const { personId = '' } = useParams();
  const session = useSession();
  const { data, loading, error } = useQuery(PersonQuery, { variables: { id: personId } });
  if (loading && !data) return <Loading what="this page" />;
  if (error && !data) return <ErrorState error={error} what="this person" />;
  const person = data?.person;
  if (!person)
    return (
      <>
        <h1>Not available</h1>
        <p role="alert" className="state error">
          You cannot see this page: there is no such person, or they are not yours to see.
        </p>
      </>
    );
  return (
    <>
      <h1>{person.displayName}</h1>
      {person.yearGroup !== null && <p>Year {person.yearGroup}</p>}
      <h2>Registrations</h2>
      {person.registrations ? (
        <Registrations registrations={person.registrations} refetch={['PersonPage']} />
      ) : (
        <Empty>You cannot see this person’s registrations.</Empty>
      )}
      {hasRole(session, 'TEACHER', 'CHAMPION', 'HEAD', 'COORDINATOR') && (
        <RegisterForEvent personId={person.id} name={person.displayName} />
      )}
      <PersonRecords personId={person.id} />
    </>
  );
}
