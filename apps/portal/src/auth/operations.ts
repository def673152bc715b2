import { graphql } from '../__generated__/gql';

export const SessionFields = graphql(`
  fragment SessionFields on AuthSession {
    personId
    roles
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      session {
        ...SessionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const RedeemCodeMutation = graphql(`
  mutation RedeemSignInCode($code: String!) {
    redeemSignInCode(code: $code) {
      session {
        ...SessionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const RefreshMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session {
        ...SessionFields
      }
      errors {
        code
        message
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken) {
      signedOut
    }
  }
`);

export const RevokeSessionsMutation = graphql(`
  mutation RevokeSessions($personId: ID!) {
    revokeSessions(personId: $personId) {
      revoked
    }
  }
`);
