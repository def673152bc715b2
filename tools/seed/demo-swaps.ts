import { devUserToken } from '@ekst/testing';
import type { PlannedPerson, SeededPartner } from './demo-plan';
import { planSwaps, SWAP_LIFECYCLE } from './demo-swap-plan';
import type { DemoSwapStatus, PlannedSwap } from './demo-swap-plan';
import type { SeedContext } from './seed-context';

type Seeded = PlannedPerson & { id: string };

/** Today where the schools are: listings may not start before it. */
function ukToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function daysFrom(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

const tokenOf = (p: Seeded) => devUserToken({ sub: p.id, roles: p.roles, partnerId: p.partnerId });

interface Listing {
  id: string;
  notes: string | null;
}

/** Creates the teacher's offer or request with these notes unless one exists; returns its id. */
async function ensureListing(
  ctx: SeedContext,
  kind: 'Offer' | 'Request',
  existing: readonly Listing[],
  teacher: Seeded,
  input: {
    subjects: string[];
    phase: string;
    availableFrom: string;
    availableTo: string;
    notes: string;
  },
): Promise<string> {
  const found = existing.find((l) => l.notes === input.notes);
  if (found) return found.id;
  const field = `swap${kind}`;
  const token = await tokenOf(teacher);
  return ctx.untilAccepted(`swap ${kind.toLowerCase()}`, async () => {
    type Payload = { errors: unknown[] } & Record<string, { id: string } | null | unknown[]>;
    const r = await ctx.q<Record<string, Payload>>(
      `mutation($input: CreateSwap${kind}Input!) { createSwap${kind}(input: $input) { ${field} { id } errors { code field message } } }`,
      { input: { ...input, maxTravelMiles: 30 } },
      token,
    );
    const payload = r.data?.[`createSwap${kind}`];
    const created = payload?.[field] as { id: string } | null | undefined;
    return { value: created?.id ?? null, errors: r.errors ?? payload?.errors };
  });
}

interface SeededSwap {
  id: string;
  status: DemoSwapStatus;
  hostApproved: boolean;
  visitingApproved: boolean;
  offer: { id: string } | null;
  reflections: Array<{ teacher: { id: string } | null }>;
}

const SWAP_FIELDS =
  'id status hostApproved visitingApproved offer { id } reflections { teacher { id } }';

/**
 * Teacher swaps in every state of their lifecycle, as the people who would do it: teachers offer
 * and ask to host, the coordinator runs a matching round, both heads approve, the host head
 * confirms the visitor's checks (people holds a DBS check for each visitor), schedules and
 * completes, both teachers reflect, and one visitor withdraws. Resumable: listings are found by
 * their notes, swaps by their offer, and each swap is taken on from the state it is in.
 */
export async function seedSwaps(
  ctx: SeedContext,
  partners: readonly SeededPartner[],
  people: readonly Seeded[],
): Promise<string> {
  const { swaps: plan, loneRequests } = planSwaps(partners, people);
  const heads = new Map(people.filter((p) => p.kind === 'head').map((h) => [h.partnerId, h]));
  const headOf = (t: Seeded) => {
    const h = heads.get(t.partnerId);
    if (!h) throw new Error(`demo seed: no head at ${t.partnerId}`);
    return h;
  };
  const listings = await ctx.read<{ swapOffers: Listing[]; swapRequests: Listing[] }>(
    'swap listings',
    `{ swapOffers { id notes } swapRequests { id notes } }`,
  );
  const today = ukToday();
  const offerIds = new Map<string, string>();
  for (const [i, s] of plan.entries()) {
    const availableFrom = s.startsToday ? today : daysFrom(today, 21 + 7 * i);
    const window = { availableFrom, availableTo: daysFrom(availableFrom, 28), phase: s.phase };
    const notes = `${s.label}: ${s.subject}.`;
    offerIds.set(
      s.label,
      await ensureListing(ctx, 'Offer', listings.swapOffers, s.visitor, {
        ...window,
        subjects: [s.subject],
        notes,
      }),
    );
    await ensureListing(ctx, 'Request', listings.swapRequests, s.host, {
      ...window,
      subjects: [s.subject],
      notes,
    });
  }
  for (const r of loneRequests)
    await ensureListing(ctx, 'Request', listings.swapRequests, r.host, {
      subjects: [r.subject],
      phase: 'KS5',
      availableFrom: daysFrom(today, 30),
      availableTo: daysFrom(today, 90),
      notes: `${r.label}: nobody offers ${r.subject} yet.`,
    });

  const readSwaps = async () =>
    new Map(
      (
        await ctx.read<{ swaps: SeededSwap[] }>('swaps', `{ swaps { ${SWAP_FIELDS} } }`)
      ).swaps.flatMap((w) => (w.offer ? [[w.offer.id, w] as const] : [])),
    );
  let swaps = await readSwaps();
  if (plan.some((s) => !swaps.has(offerIds.get(s.label) ?? ''))) {
    const r = await ctx.q<{ runMatchingRound: { errors: unknown[] } }>(
      `mutation { runMatchingRound { proposed { id } errors { code message } } }`,
    );
    ctx.check('matching round', r, r.data?.runMatchingRound.errors);
    swaps = await readSwaps();
  }
  for (const s of plan) {
    const swap = swaps.get(offerIds.get(s.label) ?? '');
    if (!swap) throw new Error(`demo seed: the matching round did not propose ${s.label}`);
    await advance(ctx, swap, s, headOf);
  }
  return `${plan.length} teacher swaps (one in each state) and ${loneRequests.length} unmatched requests`;
}

/** Takes one swap from the state it is in to its planned state, one lifecycle step at a time. */
async function advance(
  ctx: SeedContext,
  start: SeededSwap,
  s: PlannedSwap,
  headOf: (t: Seeded) => Seeded,
): Promise<void> {
  let swap = start;
  /** `extra` is one more argument of the mutation: its GraphQL type and value. */
  const step = async (
    what: string,
    actor: Seeded,
    mutation: string,
    extra?: { name: string; type: string; value: unknown },
  ) => {
    const token = await tokenOf(actor);
    const params = extra ? `, $${extra.name}: ${extra.type}` : '';
    const args = extra ? `, ${extra.name}: $${extra.name}` : '';
    await ctx.untilAccepted(`${what} ${s.label}`, async () => {
      const r = await ctx.q<Record<string, { swap: { id: string } | null; errors: unknown[] }>>(
        `mutation($id: ID!${params}) { ${mutation}(id: $id${args}) { swap { id } errors { code message } } }`,
        { id: swap.id, ...(extra ? { [extra.name]: extra.value } : {}) },
        token,
      );
      const payload = r.data?.[mutation];
      return { value: payload?.swap?.id ?? null, errors: r.errors ?? payload?.errors };
    });
    const read = await ctx.read<{ swap: SeededSwap }>(
      'swap',
      `query($id: ID!) { swap(id: $id) { ${SWAP_FIELDS} } }`,
      { id: swap.id },
    );
    swap = read.swap;
  };
  const reached = (status: DemoSwapStatus) =>
    SWAP_LIFECYCLE.indexOf(status as (typeof SWAP_LIFECYCLE)[number]);
  while (swap.status !== s.target) {
    if (s.target === 'WITHDRAWN') {
      await step('withdrawal', s.visitor, 'withdrawSwap', {
        name: 'reason',
        type: 'String!',
        value: 'My department is short of staff this term; I hope to offer again next year.',
      });
      continue;
    }
    if (reached(swap.status) > reached(s.target) || swap.status === 'WITHDRAWN')
      throw new Error(`demo seed: ${s.label} is ${swap.status}, past ${s.target}`);
    switch (swap.status) {
      case 'PROPOSED':
        if (!swap.hostApproved) await step('host approval', headOf(s.host), 'approveSwap');
        else await step('visiting approval', headOf(s.visitor), 'approveSwap');
        break;
      case 'APPROVED':
        await ensureCheck(ctx, s.visitor);
        // NO_VALID_CHECK until people's SafeguardingStatusChanged reaches teacher-swap: retried.
        await step('checks', headOf(s.host), 'confirmSwapChecks');
        break;
      case 'CHECKS_CONFIRMED':
        await step('scheduling', headOf(s.host), 'scheduleSwap');
        break;
      case 'SCHEDULED':
        await step('completion', headOf(s.host), 'completeSwap');
        break;
      case 'COMPLETED': {
        const done = new Set(swap.reflections.map((r) => r.teacher?.id));
        const teacher = done.has(s.visitor.id) ? s.host : s.visitor;
        const text = `${teacher === s.visitor ? 'Visiting' : 'Hosting'} for ${s.subject} showed me how differently the other sector plans lessons; we will share schemes of work.`;
        await step('reflection', teacher, 'reflectOnSwap', {
          name: 'input',
          type: 'ReflectOnSwapInput!',
          value: { text, aims: ['WIDENING_HORIZONS', 'COMMUNITY'] },
        });
        break;
      }
      case 'REFLECTED':
        throw new Error(`demo seed: ${s.label} is ${swap.status}, not ${s.target}`);
    }
  }
}

/** A visitor needs an enhanced DBS check on record in people before the host confirms it. */
async function ensureCheck(ctx: SeedContext, teacher: Seeded): Promise<void> {
  const current = await ctx.read<{ person: { safeguardingChecks: unknown[] | null } | null }>(
    'safeguarding checks',
    `query($id: ID!) { person(id: $id) { safeguardingChecks { id } } }`,
    { id: teacher.id },
  );
  if ((current.person?.safeguardingChecks ?? []).length > 0) return;
  const r = await ctx.q<{ recordSafeguardingCheck: { errors: unknown[] } }>(
    `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code field message } } }`,
    {
      input: {
        personId: teacher.id,
        kind: 'ENHANCED_DBS_BARRED_LIST',
        reference: `0098765${String(teacher.index).padStart(5, '0')}`,
        checkedOn: new Date(Date.now() - 200 * 86400000).toISOString().slice(0, 10),
        checkedBy: 'School business manager',
        reviewOn: new Date(Date.now() + 3 * 365 * 86400000).toISOString().slice(0, 10),
      },
    },
  );
  ctx.check(`DBS check for ${teacher.id}`, r, r.data?.recordSafeguardingCheck.errors);
}
