import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useFragment as readFragment } from '../__generated__/gql';
import { startSession } from '../apollo';
import { RedeemCodeMutation, SessionFields, SignInMutation } from './operations';
import type { FragmentType } from '../__generated__/gql';
import { safeNext } from './session';
import { useSession } from './useSession';

const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS: 'That e-mail address and password do not match. Check both and try again.',
  LOCKED_OUT:
    'Too many wrong passwords in a row: sign-in with this address is paused for 15 minutes. Try again later.',
  NO_PASSWORD_SIGN_IN: 'Students sign in with a code from their school, below.',
  INVALID_CODE:
    'That code is not right, has expired or was already used. Ask your school for a new one.',
};

/** Adults sign in with e-mail and password, students with a one-time code from their school. */
export function SignIn() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [signIn, signingIn] = useMutation(SignInMutation, { context: { anonymous: true } });
  const [redeem, redeeming] = useMutation(RedeemCodeMutation, { context: { anonymous: true } });
  const ids = { email: useId(), password: useId(), code: useId(), error: useId() };

  if (session) return <Navigate to={next} replace />;

  const finish = (
    result:
      | {
          session: FragmentType<typeof SessionFields> | null;
          errors: ReadonlyArray<{ code: string }>;
        }
      | undefined,
  ) => {
    const fragment = result?.session;
    if (!fragment) {
      const code = result?.errors[0]?.code ?? 'UNKNOWN';
      setError(MESSAGES[code] ?? 'Sign-in failed. Try again.');
      return;
    }
    const s = readFragment(SessionFields, fragment);
    startSession({ ...s, roles: [...s.roles] });
    void navigate(next, { replace: true });
  };
  const failed = () =>
    setError('We could not reach the portal. Check your connection and try again.');

  const onAdult = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    signIn({
      variables: { email: String(form.get('email')), password: String(form.get('password')) },
    }).then((r) => finish(r.data?.signIn), failed);
  };
  const onStudent = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    redeem({ variables: { code: String(form.get('code')).trim() } }).then(
      (r) => finish(r.data?.redeemSignInCode),
      failed,
    );
  };

  return (
    <main id="main" className="page sign-in">
      <h1>Sign in to the EKST portal</h1>
      {params.get('expired') && (
        <p role="status" className="notice">
          Your session has ended. Sign in again to go back to where you were.
        </p>
      )}
      {error && (
        <p role="alert" id={ids.error} className="state error">
          {error}
        </p>
      )}
      <div className="sign-in-forms">
        <form onSubmit={onAdult} aria-labelledby="adults">
          <h2 id="adults">Staff and partners</h2>
          <label htmlFor={ids.email}>E-mail address</label>
          <input id={ids.email} name="email" type="email" autoComplete="username" required />
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <button type="submit" disabled={signingIn.loading}>
            {signingIn.loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <form onSubmit={onStudent} aria-labelledby="students">
          <h2 id="students">Students</h2>
          <label htmlFor={ids.code}>Sign-in code from your school</label>
          <input
            id={ids.code}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
          <button type="submit" disabled={redeeming.loading}>
            {redeeming.loading ? 'Checking…' : 'Sign in with code'}
          </button>
        </form>
      </div>
    </main>
  );
}
