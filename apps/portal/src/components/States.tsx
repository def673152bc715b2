import type { ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite" className="state">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** A failed request, without technical detail; FORBIDDEN reads as "not yours to see". */
export function ErrorState({ error, what }: { error: ErrorLike; what: string }) {
  const forbidden =
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  return (
    <p role="alert" className="state error">
      {forbidden
        ? `You cannot see ${what}.`
        : `We could not load ${what}. Check your connection and try again.`}
    </p>
  );
}

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="page">
      <h1>Something went wrong</h1>
      <p role="alert">
        {isRouteErrorResponse(error) && error.status === 404
          ? 'There is no such page.'
          : 'This page could not be shown. Reload to try again.'}
      </p>
      <a href="/">Back to the start</a>
    </main>
  );
}

export function UserErrors({ errors }: { errors: ReadonlyArray<{ message: string }> }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="user-errors">
      <ul>
        {errors.map((e) => (
          <li key={e.message}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Cursor paging: the next page (the connection's endCursor) and back to the one before. */
export function Pager(props: {
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  what: string;
}) {
  if (!props.hasNext && !props.hasPrevious) return null;
  return (
    <nav aria-label={`Pages of ${props.what}`} className="actions">
      {props.hasPrevious && (
        <button type="button" onClick={props.previous}>
          Previous {props.what}
        </button>
      )}
      {props.hasNext && (
        <button type="button" onClick={props.next}>
          Next {props.what}
        </button>
      )}
    </nav>
  );
}
