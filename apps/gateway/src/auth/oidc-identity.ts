import type { OidcProviderConfig } from './oidc-providers.config';

/** Who a school's identity provider says the caller is, once its rules are applied. */
export type OidcIdentity =
  | { readonly ok: true; readonly email: string; readonly partnerId: string }
  | { readonly ok: false; readonly reason: OidcRefusal };

export type OidcRefusal =
  | 'unknown-tenant'
  | 'no-email'
  | 'email-not-verified'
  | 'email-domain-not-allowed';

const EMAIL = /^[^\s@]{1,64}@([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;

/**
 * Applies a provider's configuration to a verified token's claims: the tenant (or hosted domain)
 * must be one of the configured ones, the e-mail verified where the provider says so, and inside
 * the domains that tenant may vouch for. The last rule is what stops a tenant whose users can set
 * their own `email` claim from claiming another school's staff.
 */
export function identityFromClaims(
  provider: OidcProviderConfig,
  claims: Readonly<Record<string, unknown>>,
): OidcIdentity {
  const tenantValue = claims[provider.tenantClaim];
  const tenant =
    typeof tenantValue === 'string' && Object.hasOwn(provider.tenants, tenantValue)
      ? provider.tenants[tenantValue]
      : undefined;
  if (tenant === undefined) return { ok: false, reason: 'unknown-tenant' };

  const email = provider.emailClaims
    .map((name) => claims[name])
    .find((v): v is string => typeof v === 'string' && EMAIL.test(v.toLowerCase()))
    ?.toLowerCase();
  if (email === undefined) return { ok: false, reason: 'no-email' };

  if (provider.emailVerifiedClaim !== null) {
    const verified = claims[provider.emailVerifiedClaim];
    // Google sent the string "true" in older ID tokens.
    if (verified !== true && verified !== 'true')
      return { ok: false, reason: 'email-not-verified' };
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!tenant.emailDomains.includes(domain)) {
    return { ok: false, reason: 'email-domain-not-allowed' };
  }
  return { ok: true, email, partnerId: tenant.partnerId };
}
