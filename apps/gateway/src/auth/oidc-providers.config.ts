import { z } from 'zod';

/**
 * A school's own identity provider, as a school IT admin configures it (AUTH_OIDC_PROVIDERS):
 * where its keys are, which tokens are meant for EKST, and which of its tenants (Entra `tid`) or
 * hosted domains (Google `hd`) belong to which partner. The provider only vouches for who the
 * person is, by a verified e-mail address; who they are in EKST (id, roles, partner) comes from the
 * people service, so roles are managed in one place and follow EKST's own rules.
 */
export interface OidcProviderConfig {
  /** a short label for logs, e.g. "microsoft" */
  readonly name: string;
  /** exact `iss` values accepted (Entra: one per tenant, `https://login.microsoftonline.com/<tid>/v2.0`) */
  readonly issuers: readonly string[];
  readonly jwksUrl: string;
  /** expected `aud`: the application (client) id or Application ID URI registered for EKST */
  readonly audience: string;
  /** claims tried in order for the e-mail address (Entra: `email`, `preferred_username`) */
  readonly emailClaims: readonly string[];
  /** a claim that must be `true` for the e-mail to count (Google: `email_verified`); null: none */
  readonly emailVerifiedClaim: string | null;
  /** the claim naming the school's tenant or domain (Entra: `tid`; Google: `hd`) */
  readonly tenantClaim: string;
  /** tenant claim value → the partner it belongs to and the e-mail domains it may vouch for */
  readonly tenants: Readonly<Record<string, OidcTenantConfig>>;
}

export interface OidcTenantConfig {
  readonly partnerId: string;
  /** lower-case domains; an address outside them is refused even if the provider signed it */
  readonly emailDomains: readonly string[];
}

const claimName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/, 'expected a claim name');
const domain = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i, 'expected a domain such as school.org')
  .transform((d) => d.toLowerCase());

const tenantSchema = z.strictObject({
  partnerId: z.uuid(),
  emailDomains: z.array(domain).min(1),
});

const providerSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  issuers: z.array(z.string().min(1)).min(1),
  jwksUrl: z.url({ protocol: /^https?$/ }),
  audience: z.string().min(1),
  emailClaims: z.array(claimName).min(1).default(['email']),
  emailVerifiedClaim: claimName.nullable().default(null),
  tenantClaim: claimName,
  tenants: z
    .record(z.string().min(1), tenantSchema)
    .refine((t) => Object.keys(t).length > 0, 'list at least one tenant or domain'),
});

export const oidcProvidersSchema = z.array(providerSchema).superRefine((providers, ctx) => {
  // The unverified `iss` picks the provider, so one issuer must mean one provider.
  const seen = new Set<string>();
  for (const [i, p] of providers.entries()) {
    for (const iss of p.issuers) {
      if (seen.has(iss)) {
        ctx.addIssue({ code: 'custom', path: [i, 'issuers'], message: `issuer listed twice` });
      }
      seen.add(iss);
    }
  }
}) satisfies z.ZodType<readonly OidcProviderConfig[], unknown>;
