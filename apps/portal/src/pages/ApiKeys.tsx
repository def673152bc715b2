import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import type { ApiKeyScope } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { when, words } from '../format';

const SCOPES: ApiKeyScope[] = ['PROGRAMME_READ', 'PARTNERS_READ', 'IMPACT_READ'];

const PartnersForKeysQuery = graphql(`
  query PartnersForKeys {
    partners {
      id
      name
      kind
    }
  }
`);

const ApiKeysQuery = graphql(`
  query ApiKeys($partnerId: ID!) {
    apiKeys(partnerId: $partnerId) {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
      state
    }
  }
`);

const IssueApiKeyMutation = graphql(`
  mutation IssueApiKey($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      apiKey {
        id
        prefix
      }
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        state
        revokedAt
      }
      errors {
        code
        message
      }
    }
  }
`);

/** The coordinator's API keys for associate partners: list, issue (the secret shown once), revoke. */
export function Page() {
  const partners = useQuery(PartnersForKeysQuery);
  const [chosen, setChosen] = useState('');
  if (partners.loading && !partners.data) return <Loading what="partners" />;
  if (partners.error && !partners.data)
    return <ErrorState error={partners.error} what="partners" />;
  // keys are issued to associate partners only (the API refuses any other kind)
  const list = (partners.data?.partners ?? []).filter((p) => p.kind === 'ASSOCIATE');
  const partnerId = chosen || list[0]?.id || '';
  return (
    <>
      <h1>API keys</h1>
      {list.length === 0 ? (
        <Empty>No associate partners yet: keys are issued to associate partners only.</Empty>
      ) : (
        <>
          <label htmlFor="key-partner">Associate partner</label>
          <select id="key-partner" value={partnerId} onChange={(e) => setChosen(e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Keys key={partnerId} partnerId={partnerId} />
        </>
      )}
    </>
  );
}

function Keys({ partnerId }: { partnerId: string }) {
  const { data, loading, error } = useQuery(ApiKeysQuery, {
    variables: { partnerId },
    errorPolicy: 'all',
  });
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation);
  if (loading && !data) return <Loading what="API keys" />;
  const keys = data?.apiKeys;
  if (!keys)
    return error ? <ErrorState error={error} what="API keys" /> : <Empty>No API keys.</Empty>;
  return (
    <>
      <Issue partnerId={partnerId} />
      <h2>Keys</h2>
      {revoking.error && <ErrorState error={revoking.error} what="the key" />}
      <UserErrors errors={revoking.data?.revokeApiKey.errors ?? []} />
      {keys.length === 0 ? (
        <Empty>No keys for this partner.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">API keys of the partner</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Scopes</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.name}</th>
                <td>
                  <code>{k.prefix}</code>
                </td>
                <td>{k.scopes.map(words).join(', ')}</td>
                <td>{k.lastUsedAt ? when(k.lastUsedAt) : 'Never'}</td>
                <td>{words(k.state)}</td>
                <td>
                  {k.state === 'ACTIVE' && (
                    <button
                      type="button"
                      disabled={revoking.loading}
                      aria-label={`Revoke ${k.name}`}
                      onClick={() => {
                        if (window.confirm(`Revoke ${k.name}? It stops working at once.`))
                          void revoke({ variables: { input: { id: k.id } } });
                      }}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Issue({ partnerId }: { partnerId: string }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['PROGRAMME_READ']);
  const [issue, result] = useMutation(IssueApiKeyMutation, { refetchQueries: ['ApiKeys'] });
  const payload = result.data?.issueApiKey;
  return (
    <form
      aria-labelledby="issue-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void issue({ variables: { input: { partnerId, name, scopes } } });
      }}
    >
      <h2 id="issue-heading">Issue a key</h2>
      <label htmlFor="key-name">Key name</label>
      <input id="key-name" value={name} required onChange={(e) => setName(e.target.value)} />
      <fieldset>
        <legend>Scopes</legend>
        {SCOPES.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={scopes.includes(s)}
              onChange={(e) =>
                setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))
              }
            />
            {words(s)}
          </label>
        ))}
      </fieldset>
      <UserErrors errors={payload?.errors ?? []} />
      {result.error && <ErrorState error={result.error} what="the new key" />}
      <button type="submit" disabled={result.loading}>
        Issue key
      </button>
      {payload?.secret && (
        <div role="status" aria-live="polite">
          <p>
            <strong>Copy this key now: it is shown once and cannot be read again.</strong>
          </p>
          <p className="secret" data-testid="api-key-secret">
            {payload.secret}
          </p>
        </div>
      )}
    </form>
  );
}
