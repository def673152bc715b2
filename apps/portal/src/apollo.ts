/**
 * The one Apollo Client: same-origin `/graphql` (the portal's server or Vite's dev server proxies
 * it to the gateway), the access token from memory, a refresh shortly before it expires and once
 * more on a 401, and, when the session cannot be refreshed, back to sign-in (the page is kept).
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { RetryLink } from '@apollo/client/link/retry';
import { from, mergeMap, throwError } from 'rxjs';
import { useFragment as readFragment } from './__generated__/gql';
import { RefreshMutation, SessionFields } from './auth/operations';
import type { Session } from './auth/session';
import { getSession, setSession, storedRefreshToken } from './auth/session';

const REFRESH_MARGIN_MS = 60_000;
let expiredHandler: () => void = () => undefined;
let inflight: Promise<Session | null> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Called when the session is over (refresh refused): the router sends the person to sign-in. */
export function onSessionExpired(handler: () => void): void {
  expiredHandler = handler;
}

const authLink = new SetContextLink(async (prev) => {
  if (prev.anonymous) return {};
  let session = getSession();
  if (session && Date.parse(session.accessTokenExpiresAt) - Date.now() < REFRESH_MARGIN_MS)
    session = await refreshSession();
  return session
    ? { headers: { ...prev.headers, authorization: `Bearer ${session.accessToken}` } }
    : {};
});

const retryOn401 = new ErrorLink(({ error, operation, forward }) => {
  if (!ServerError.is(error) || error.statusCode !== 401) return;
  const context = operation.getContext();
  if (context.anonymous || context.retried) return;
  return from(refreshSession()).pipe(
    mergeMap((session) => {
      if (!session) {
        expiredHandler();
        return throwError(() => error);
      }
      operation.setContext({
        retried: true,
        headers: { ...context.headers, authorization: `Bearer ${session.accessToken}` },
      });
      return forward(operation);
    }),
  );
});

/**
 * A flaky connection at the door: check-in is retried on network errors (never on an answer). It
 * is safe to repeat, because the API refuses a second check-in (ALREADY_CHECKED_IN).
 */
const retryCheckIn = new RetryLink({
  delay: { initial: 500, max: 4000 },
  attempts: {
    max: 4,
    retryIf: (error, operation) => operation.operationName === 'CheckIn' && !ServerError.is(error),
  },
});

export const client = new ApolloClient({
  link: ApolloLink.from([retryOn401, authLink, retryCheckIn, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

/** Keeps the session and schedules the next background refresh. */
export function startSession(session: Session): void {
  setSession(session);
  clearTimeout(timer);
  const due = Date.parse(session.accessTokenExpiresAt) - Date.now() - REFRESH_MARGIN_MS;
  timer = setTimeout(() => void refreshSession(), Math.max(due, 5_000));
}

export function endSession(): void {
  clearTimeout(timer);
  setSession(null);
  void client.clearStore();
}

/** Rotates the refresh token (one request at a time); null when the session is over. */
export function refreshSession(): Promise<Session | null> {
  const refreshToken = getSession()?.refreshToken ?? storedRefreshToken();
  if (!refreshToken) return Promise.resolve(null);
  inflight ??= client
    .mutate({
      mutation: RefreshMutation,
      variables: { refreshToken },
      context: { anonymous: true },
    })
    .then(
      ({ data }) => {
        const fragment = data?.refreshSession.session;
        if (!fragment) {
          endSession();
          return null;
        }
        const session = readFragment(SessionFields, fragment);
        startSession({ ...session, roles: [...session.roles] });
        return getSession();
      },
      () => {
        endSession();
        return null;
      },
    )
    .finally(() => {
      inflight = null;
    });
  return inflight;
}
