import { Navigate } from 'react-router';
import { useSession } from './auth/useSession';
import { hasRole } from './auth/session';

/** Each role's starting page. */
export function Home() {
  const session = useSession();
  if (hasRole(session, 'COORDINATOR')) return <Navigate to="/dashboard" replace />;
  if (hasRole(session, 'TEACHER') && !hasRole(session, 'HEAD', 'CHAMPION'))
    return <Navigate to="/check-in" replace />;
  return <Navigate to="/programme" replace />;
}
