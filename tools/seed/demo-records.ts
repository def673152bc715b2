import { gql } from '@ekst/testing';
import type { PlannedPerson } from './demo-plan';
import type { SeedContext } from './seed-context';

/** The demo adults' password: invented, printed by `npm start`, never used outside a demo. */
export const DEMO_PASSWORD = 'ekst-demo-password-2026';

type Seeded = PlannedPerson & { id: string };

/**
 * Accounts the way a school sets them up: the coordinator issues a one-time code, the person
 * redeems it and sets a password. An adult who can already sign in with the demo password is
 * left alone, so a run after an interrupted one only finishes the rest.
 */
export async function seedAccounts(ctx: SeedContext, adults: readonly Seeded[]): Promise<number> {
  let created = 0;
  for (const adult of adults) {
    if (adult.email === null) continue;
    const existing = await gql<{ signIn: { session: { accessToken: string } | null } }>(
      ctx.gatewayUrl,
      null,
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } errors { code } } }`,
      { e: adult.email, p: DEMO_PASSWORD },
    );
    if (existing.data?.signIn.session) continue;
    const code = await ctx.q<{ createSignInCode: { code: string | null } }>(
      `mutation($id: ID!) { createSignInCode(personId: $id) { code errors { code } } }`,
      { id: adult.id },
    );
    const signIn = await gql<{ redeemSignInCode: { session: { accessToken: string } | null } }>(
      ctx.gatewayUrl,
      null,
      `mutation($code: String!) { redeemSignInCode(code: $code) { session { accessToken } errors { code } } }`,
      { code: code.data?.createSignInCode.code },
    );
    const token = signIn.data?.redeemSignInCode.session?.accessToken;
    if (!token)
      throw new Error(`demo seed: could not sign in ${adult.id}: ${JSON.stringify(signIn.errors)}`);
    const set = await ctx.q<{ setPassword: { errors: Array<{ code: string }> } }>(
      `mutation($p: String!) { setPassword(newPassword: $p) { errors { code } } }`,
      { p: DEMO_PASSWORD },
      token,
    );
    const failed = set.errors ?? set.data?.setPassword.errors;
    if (!set.data || (failed && failed.length > 0))
      throw new Error(`demo seed: password for ${adult.id}: ${JSON.stringify(failed)}`);
    created += 1;
  }
  return created;
}

/**
 * Consent records: parents decide for students, and about one in eight refuses photos. A student
 * who already has a record of a kind keeps it.
 */
export async function seedConsents(ctx: SeedContext, students: readonly Seeded[]): Promise<number> {
  const mutation = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field message } } }`;
  let recorded = 0;
  for (const [i, s] of students.entries()) {
    const current = await ctx.read<{
      person: { consentRecords: Array<{ kind: string }> | null } | null;
    }>('consent records', `query($id: ID!) { person(id: $id) { consentRecords { kind } } }`, {
      id: s.id,
    });
    const kinds = new Set((current.person?.consentRecords ?? []).map((r) => r.kind));
    const wanted = [
      {
        kind: 'DATA_PROCESSING',
        decision: 'GRANTED',
        noticeVersion: '2025-09',
        method: 'ONLINE',
      },
      { kind: 'PHOTO_PUBLICITY', decision: i % 8 === 3 ? 'REFUSED' : 'GRANTED', method: 'PAPER' },
    ];
    for (const input of wanted) {
      if (kinds.has(input.kind)) continue;
      const r = await ctx.q<{ recordConsent: { errors: unknown[] } }>(mutation, {
        input: {
          ...input,
          personId: s.id,
          givenBy: 'PARENT_CARER',
          giverName: 'Parent or carer',
        },
      });
      ctx.check(`consent for ${s.id}`, r, r.data?.recordConsent.errors);
      recorded += 1;
    }
  }
  return recorded;
}

/** Enhanced DBS metadata for the ambassadors who work with children; one each. */
export async function seedSafeguarding(
  ctx: SeedContext,
  ambassadors: readonly Seeded[],
): Promise<void> {
  const checkedOn = new Date(Date.now() - 120 * 86400000).toISOString().slice(0, 10);
  const reviewOn = new Date(Date.now() + 3 * 365 * 86400000).toISOString().slice(0, 10);
  for (const [i, a] of ambassadors.entries()) {
    const current = await ctx.read<{ person: { safeguardingChecks: unknown[] | null } | null }>(
      'safeguarding checks',
      `query($id: ID!) { person(id: $id) { safeguardingChecks { id } } }`,
      { id: a.id },
    );
    if ((current.person?.safeguardingChecks ?? []).length > 0) continue;
    const r = await ctx.q<{ recordSafeguardingCheck: { errors: unknown[] } }>(
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code field message } } }`,
      {
        input: {
          personId: a.id,
          kind: 'ENHANCED_DBS_BARRED_LIST',
          reference: `00123456789${i}`,
          checkedOn,
          checkedBy: 'University safeguarding office',
          reviewOn,
        },
      },
    );
    ctx.check(`DBS check for ${a.id}`, r, r.data?.recordSafeguardingCheck.errors);
  }
}
