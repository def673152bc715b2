import { isAnonymousOperation } from '../src/auth/anonymous-operations';
import { loadConfig } from '../src/config';

describe('which requests may go without a token', () => {
  it.each([
    [
      'signIn',
      'mutation { signIn(email: "a@b.example", password: "x") { errors { code } } }',
      undefined,
    ],
    [
      'redeemSignInCode and refreshSession together',
      'mutation { redeemSignInCode(code: "X") { errors { code } } refreshSession(refreshToken: "y") { errors { code } } }',
      undefined,
    ],
    [
      'the chosen operation of several',
      'query Q { people { edges { node { id } } } } mutation M { signOut(refreshToken: "t") { signedOut } }',
      'M',
    ],
  ])('allows %s', (_name, query, operationName) => {
    expect(isAnonymousOperation({ query, operationName })).toBe(true);
  });

  it.each([
    ['a query', '{ people { edges { node { id } } } }', undefined],
    ['another mutation', 'mutation { erasePerson(id: "x") { erasedId } }', undefined],
    [
      'an allowed field beside another',
      'mutation { signIn(email: "a", password: "b") { errors { code } } erasePerson(id: "x") { erasedId } }',
      undefined,
    ],
    [
      'a root fragment',
      'mutation { ...F } fragment F on Mutation { erasePerson(id: "x") { erasedId } }',
      undefined,
    ],
    ['an aliased other field', 'mutation { signIn: erasePerson(id: "x") { erasedId } }', undefined],
    [
      'a directive at the root',
      'mutation { signIn(email: "a", password: "b") @include(if: true) { errors { code } } }',
      undefined,
    ],
    [
      'the other operation of several',
      'query Q { people { edges { node { id } } } } mutation M { signOut(refreshToken: "t") { signedOut } }',
      'Q',
    ],
    [
      'several operations and no name',
      'mutation A { signOut(refreshToken: "t") { signedOut } } mutation B { signOut(refreshToken: "t") { signedOut } }',
      undefined,
    ],
    ['garbage', 'mutation {', undefined],
    ['introspection', '{ __schema { types { name } } }', undefined],
  ])('refuses %s', (_name, query, operationName) => {
    expect(isAnonymousOperation({ query, operationName })).toBe(false);
  });

  it('refuses a body without a query', () => {
    expect(isAnonymousOperation(undefined)).toBe(false);
    expect(isAnonymousOperation({})).toBe(false);
  });
});

describe('the people issuer in the configuration', () => {
  it('sits next to the people subgraph by default, so a stack on other ports needs nothing more', () => {
    expect(
      loadConfig({ EKST_DEV_AUTH: '1', PEOPLE_URL: 'http://127.0.0.1:4402/graphql' }).auth.people,
    ).toEqual({
      issuer: 'ekst-people',
      jwksUrl: 'http://127.0.0.1:4402/.well-known/jwks.json',
      revocationsUrl: 'http://127.0.0.1:4402/internal/revoked-sessions',
    });
  });
});
