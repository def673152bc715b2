/**
 * The signed-in session. The access token lives in memory only; the refresh token (the session
 * token) is the one thing kept in sessionStorage, so a reload in the same tab stays signed in and
 * closing the tab forgets it. Nothing personal is stored: ids and roles come back from the
 * refresh.
 */
import type { Role } from '../__generated__/gql/graphql';

export interface Session {
  personId: string;
  roles: Role[];
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const STORAGE_KEY = 'ekst.session';
let current: Session | null = null;
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, session.refreshToken);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: the session lives in memory only
  }
  listeners.forEach((l) => l());
}

/** The refresh token left by an earlier page load in this tab, if any. */
export function storedRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const hasRole = (session: Session | null, ...roles: Role[]) =>
  !!session && session.roles.some((r) => roles.includes(r));

/** A path inside the portal to come back to after signing in (never another site). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in'))
    return '/';
  return next;
}
