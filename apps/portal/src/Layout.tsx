import { useEffect, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { endSession, refreshSession } from './apollo';
import { RevokeSessionsMutation, SignOutMutation } from './auth/operations';
import type { Session } from './auth/session';
import { hasRole, storedRefreshToken } from './auth/session';
import { useSession } from './auth/useSession';
import { Loading } from './components/States';
import { UnreadBadge } from './components/unread';
import type { Role } from './__generated__/gql/graphql';

/** The menu: one entry per page, shown to the roles the graph lets use it. */
const MENU: Array<{ to: string; label: string; roles: Role[] }> = [
  { to: '/dashboard', label: 'Dashboard', roles: ['COORDINATOR'] },
  { to: '/planning', label: 'Programme planning', roles: ['COORDINATOR', 'CHAMPION', 'HEAD'] },
  {
    to: '/programme',
    label: 'Programme',
    roles: [
      'STUDENT',
      'TEACHER',
      'HEAD',
      'CHAMPION',
      'AMBASSADOR',
      'ASSOCIATE',
      'FINANCE',
      'COORDINATOR',
    ],
  },
  { to: '/my-school', label: 'My school', roles: ['HEAD', 'CHAMPION', 'TEACHER'] },
  { to: '/surveys', label: 'My surveys', roles: ['STUDENT'] },
  { to: '/check-in', label: 'Check-in', roles: ['TEACHER', 'COORDINATOR', 'CHAMPION', 'HEAD'] },
  { to: '/impact', label: 'Impact', roles: ['COORDINATOR', 'HEAD', 'CHAMPION'] },
  { to: '/reach', label: 'Reach', roles: ['COORDINATOR', 'HEAD', 'CHAMPION'] },
  { to: '/voices', label: 'Student voices', roles: ['COORDINATOR', 'HEAD', 'CHAMPION'] },
  {
    to: '/impact-summaries',
    label: 'Annual summaries',
    roles: ['ASSOCIATE', 'TEACHER', 'AMBASSADOR', 'FINANCE', 'COORDINATOR'],
  },
  { to: '/swaps', label: 'Teacher swaps', roles: ['TEACHER', 'HEAD', 'CHAMPION', 'COORDINATOR'] },
  { to: '/clusters', label: 'Subject clusters', roles: ['TEACHER', 'HEAD', 'COORDINATOR'] },
  { to: '/governance', label: 'Governance', roles: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'] },
  { to: '/proposals', label: 'Student Voice', roles: ['STUDENT'] },
  { to: '/finance', label: 'Finance', roles: ['FINANCE', 'HEAD', 'COORDINATOR'] },
  { to: '/api-keys', label: 'API keys', roles: ['COORDINATOR'] },
];

/** Every signed-in page: resumes the tab's session, else sends to sign-in with the page kept. */
export function Layout() {
  const session = useSession();
  const location = useLocation();
  const [resuming, setResuming] = useState(() => !session && !!storedRefreshToken());
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (!resuming) return;
    void refreshSession().then((s) => {
      setExpired(!s);
      setResuming(false);
    });
  }, [resuming]);

  if (resuming) return <Loading what="your session" />;
  if (!session) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?${expired ? 'expired=1&' : ''}next=${next}`} replace />;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">EKST portal</span>
        <nav aria-label="Main">
          <ul>
            {MENU.filter((m) => hasRole(session, ...m.roles)).map((m) => (
              <li key={m.to}>
                <NavLink to={m.to}>{m.label}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/notifications">
                Notifications <UnreadBadge />
              </NavLink>
            </li>
          </ul>
        </nav>
        <SignOut session={session} />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function SignOut({ session }: { session: Session }) {
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation, { context: { anonymous: true } });
  const [revoke] = useMutation(RevokeSessionsMutation);
  const leave = () => {
    endSession();
    void navigate('/sign-in', { replace: true });
  };
  return (
    <div className="sign-out">
      <button
        type="button"
        onClick={() =>
          void signOut({ variables: { refreshToken: session.refreshToken } }).finally(leave)
        }
      >
        Sign out
      </button>
      <button
        type="button"
        onClick={() => void revoke({ variables: { personId: session.personId } }).finally(leave)}
      >
        Sign out everywhere
      </button>
    </div>
  );
}
