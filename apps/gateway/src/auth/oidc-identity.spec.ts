import { identityFromClaims } from './oidc-identity';
import type { OidcProviderConfig } from './oidc-providers.config';

const OAKFIELD = '0b7e2a49-6a43-4c1f-9d0e-2f3b8f0c1a11';
const TENANT = '6f1c2d3e-0000-4000-8000-000000000001';

const entra: OidcProviderConfig = {
  name: 'microsoft',
  issuers: [`https://login.microsoftonline.com/${TENANT}/v2.0`],
  jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  audience: 'api://ekst-graph',
  emailClaims: ['email', 'preferred_username'],
  emailVerifiedClaim: null,
  tenantClaim: 'tid',
  tenants: { [TENANT]: { partnerId: OAKFIELD, emailDomains: ['oakfield.kent.sch.uk'] } },
};

const google: OidcProviderConfig = {
  ...entra,
  name: 'google',
  issuers: ['https://accounts.google.com'],
  emailClaims: ['email'],
  emailVerifiedClaim: 'email_verified',
  tenantClaim: 'hd',
  tenants: { 'oakfield.org.uk': { partnerId: OAKFIELD, emailDomains: ['oakfield.org.uk'] } },
};

describe('identityFromClaims', () => {
  it('maps an Entra token by tenant, falling back to preferred_username and lower-casing', () => {
    expect(
      identityFromClaims(entra, { tid: TENANT, preferred_username: 'J.Doe@Oakfield.Kent.sch.uk' }),
    ).toEqual({ ok: true, email: 'j.doe@oakfield.kent.sch.uk', partnerId: OAKFIELD });
  });

  it('maps a Google Workspace token only with a verified e-mail', () => {
    const claims = { hd: 'oakfield.org.uk', email: 'a.head@oakfield.org.uk' };
    expect(identityFromClaims(google, { ...claims, email_verified: true })).toMatchObject({
      ok: true,
      partnerId: OAKFIELD,
    });
    expect(identityFromClaims(google, { ...claims, email_verified: 'true' }).ok).toBe(true);
    for (const verified of [false, 'false', undefined, 1]) {
      expect(identityFromClaims(google, { ...claims, email_verified: verified })).toEqual({
        ok: false,
        reason: 'email-not-verified',
      });
    }
  });

  it.each([
    [
      'another tenant',
      { tid: '11111111-0000-4000-8000-000000000001', email: 'x@oakfield.kent.sch.uk' },
      'unknown-tenant',
    ],
    ['no tenant claim', { email: 'x@oakfield.kent.sch.uk' }, 'unknown-tenant'],
    [
      'a prototype key as tenant',
      { tid: '__proto__', email: 'x@oakfield.kent.sch.uk' },
      'unknown-tenant',
    ],
    ['no e-mail at all', { tid: TENANT }, 'no-email'],
    ['an e-mail claim that is not an address', { tid: TENANT, email: 'j.doe' }, 'no-email'],
    [
      'an address of another school',
      { tid: TENANT, email: 'head@elmwood.kent.sch.uk' },
      'email-domain-not-allowed',
    ],
    [
      'a look-alike subdomain',
      { tid: TENANT, email: 'x@evil.oakfield.kent.sch.uk' },
      'email-domain-not-allowed',
    ],
  ])('refuses %s', (_what, claims, reason) => {
    expect(identityFromClaims(entra, claims)).toEqual({ ok: false, reason });
  });

  it('refuses a consumer Google account (no hosted domain)', () => {
    expect(
      identityFromClaims(google, { email: 'someone@gmail.com', email_verified: true }),
    ).toEqual({ ok: false, reason: 'unknown-tenant' });
  });
});
