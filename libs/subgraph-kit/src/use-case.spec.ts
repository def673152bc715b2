import { GraphQLError } from 'graphql';
import {
  done,
  payloadOf,
  payloadWith,
  refused,
  rejected,
  rejectedAll,
  signInFirst,
  toPayload,
} from './use-case';
import { userError } from './user-error';

function codeOf(thrown: () => unknown): unknown {
  try {
    thrown();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  return 'nothing thrown';
}

describe('the seam: a use case result becomes a payload or a GraphQL error', () => {
  const problem = userError('NOT_FOUND', 'no such person', 'id');

  it('done: the value under its field and no errors', () => {
    expect(toPayload('person', done({ id: 'p' }))).toEqual({ person: { id: 'p' }, errors: [] });
  });

  it('rejected: a null field and every error, in order', () => {
    const other = userError('INVALID', 'too short', 'name');
    expect(payloadOf('person')(rejected(problem, other))).toEqual({
      person: null,
      errors: [problem, other],
    });
    expect(payloadOf('person')(rejectedAll([problem]))).toEqual({
      person: null,
      errors: [problem],
    });
  });

  it('payloadWith: the done value is spread, a rejection answers the given empty fields', () => {
    const toConsent = payloadWith({ consent: null, state: null });
    expect(toConsent(done({ consent: 1, state: 2 }))).toEqual({ consent: 1, state: 2, errors: [] });
    expect(toConsent(rejected(problem))).toEqual({ consent: null, state: null, errors: [problem] });
    // A non-null field keeps a value when rejected (setPassword's revokedSessions: Int!).
    expect(payloadWith({ revokedSessions: 0 })(rejected(problem))).toEqual({
      revokedSessions: 0,
      errors: [problem],
    });
  });

  it('refused is FORBIDDEN, signInFirst is UNAUTHENTICATED, from either helper', () => {
    expect(codeOf(() => toPayload('person', refused('not yours')))).toBe('FORBIDDEN');
    expect(codeOf(() => payloadWith({ x: null })(refused('not yours')))).toBe('FORBIDDEN');
    expect(codeOf(() => toPayload('person', signInFirst()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => payloadWith({ x: null })(signInFirst()))).toBe('UNAUTHENTICATED');
  });
});
