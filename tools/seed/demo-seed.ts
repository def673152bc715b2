import { devUserToken } from '@ekst/testing';
import type { Stack } from '@ekst/testing';
import { DEMO_PARTNERS, EVENT_TEMPLATES } from './demo-data';
import {
  defaultFirstDay,
  personKey,
  planPeople,
  planProgramme,
  schoolsOf,
  universityOf,
} from './demo-plan';
import type { PlannedPerson, SeededPartner } from './demo-plan';
import { listEvents, seedFocusGroupNotes, seedProgramme, seedSwapOffers } from './demo-programme';
import { DEMO_PASSWORD, seedAccounts, seedConsents, seedSafeguarding } from './demo-records';
import { seedAnnouncements } from '../../apps/communications/seed/demo';
import { seedClusters } from './demo-clusters';
import { seedGovernance } from '../../apps/partners-governance/seed/demo-governance';
import { seedGroups } from '../../apps/partners-governance/seed/demo-groups';
// --- roster import, rollover ---
import { seedRoster } from './demo-roster';
import { seedSwaps } from './demo-swaps';
import { seedPastYear } from './past-year';
import type { PastYearInput } from './past-year';
import { SeedContext } from './seed-context';
// --- school year ---
import { seedSchoolYearStep } from '../../apps/events/seed/school-year.demo';
import type { Log } from './seed-context';
import { ensureSeedStateDatabase, SeedState } from './seed-state';
// --- finance ---
import { seedFinanceDemo } from '../../apps/partners-governance/seed/finance-demo';

export { DEMO_PASSWORD };

/** Stable id of the demo coordinator's token before their person record exists. */
const SEED_ACTOR = '00000000-0000-4000-8000-00000000c001';

export interface DemoSeedOptions extends Omit<PastYearInput, 'partners' | 'students' | 'teachers'> {
  /** The seed's own progress database (see seed-state.ts). */
  stateDatabaseUrl: string;
}

export interface DemoSummary {
  /** false when a completed demo was found and nothing was loaded. */
  seeded: boolean;
  coordinatorId: string;
  coordinatorPartnerId: string;
  sampleStudent: { id: string; partnerId: string } | null;
  sampleChampion: { id: string; partnerId: string } | null;
  /** Adults who sign in with DEMO_PASSWORD, one of each kind (head, champion, teacher, ...). */
  signInEmails: Array<{ kind: PlannedPerson['kind']; email: string }>;
}

type Seeded = PlannedPerson & { id: string };

/** The options for seeding `stack`: its events and evaluation databases, topics and state database. */
export async function seedOptionsFor(stack: Stack): Promise<DemoSeedOptions> {
  return {
    stateDatabaseUrl: await ensureSeedStateDatabase(
      stack.opts.adminDatabaseUrl,
      stack.opts.databaseSuffix,
    ),
    eventsDatabaseUrl: stack.databaseUrlOf('events'),
    evaluationDatabaseUrl: stack.databaseUrlOf('evaluation'),
    topicPrefix: stack.opts.topicPrefix,
  };
}

/**
 * Loads the demo partnership through the gateway, as real users would, so every domain event
 * flows through the outboxes and Kafka to the other services' projections.
 *
 * Resumable: every step looks its rows up by natural key (partner name; person name, partner,
 * roles and year group; event title, host and start) and creates only what is missing, and each
 * finished step is recorded in the state database. Only a run that finished every step marks the
 * demo complete; until then each `npm start` carries on where the last one stopped.
 */
export async function seedDemo(
  gatewayUrl: string,
  log: Log,
  opts: DemoSeedOptions,
): Promise<DemoSummary> {
  const ctx = new SeedContext(
    gatewayUrl,
    await devUserToken({ sub: SEED_ACTOR, roles: ['COORDINATOR'] }),
    log,
  );
  const state = await SeedState.open(opts.stateDatabaseUrl);
  try {
    if (await state.isDone('complete')) {
      const partners = await listPartners(ctx);
      log(`demo data already present (${partners.length} partners); not seeding again`);
      return { ...(await summarise(ctx, partners)), seeded: false };
    }
    const startedAt = new Date().toISOString();
    if ((await state.keepFirst('startedAt', startedAt)) !== startedAt)
      log('resuming an unfinished demo load');
    const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
    let since = performance.now();
    const partners = await seedPartners(ctx);
    const people = await seedPeople(ctx, partners);
    log(`partners and people in ${seconds(since)}`);
    const students = people.filter((p) => p.kind === 'student');
    const teachers = people.filter((p) => p.kind === 'teacher');

    // Each step's line says how long it took, so a slow first `npm start` shows where it waits.
    const step = async (name: string, work: () => Promise<string>) => {
      if (await state.isDone(name)) return;
      since = performance.now();
      const done = await work();
      log(`${done} (${seconds(since)})`);
      await state.markDone(name);
    };
    await step('accounts', async () => {
      const adults = people.filter((p) => p.signsIn);
      const created = await seedAccounts(ctx, adults);
      return `sign-in for ${adults.length} adults (${created} set up now; password "${DEMO_PASSWORD}")`;
    });
    await step('consents', async () => {
      const recorded = await seedConsents(ctx, students);
      return `consent records for ${students.length} students (${recorded} recorded now)`;
    });
    await step('safeguarding', async () => {
      await seedSafeguarding(
        ctx,
        people.filter((p) => p.kind === 'ambassador'),
      );
      return 'DBS checks for the ambassadors';
    });
    await step('programme', async () => {
      const firstDay = await state.keepFirst(
        'firstDay',
        (
          (await firstDayOfExistingProgramme(ctx, partners)) ?? defaultFirstDay(new Date())
        ).toISOString(),
      );
      const plan = planProgramme(partners, new Date(firstDay));
      const r = await seedProgramme(ctx, plan, { students, teachers });
      return `${r.events} events, ${r.registrations} registrations (some on waitlists), pre-event surveys`;
    });
    // --- roster import, rollover ---
    await step('roster', () => seedRoster(ctx, partners));
    await step(
      'swap-offers',
      async () => `${await seedSwapOffers(ctx, teachers)} teacher swap offers`,
    );
    await step('swaps', () => seedSwaps(ctx, partners, people));
    await step('clusters', () => seedClusters(ctx, partners, people));
    // --- membership, MoU, calendars (pg-core) ---
    await step('governance', () =>
      seedGovernance<string>(
        (query, variables, token) => ctx.q(query, variables, token),
        (person, roles) => devUserToken({ sub: person.id, roles, partnerId: person.partnerId }),
        partners,
        people,
      ),
    );
    // --- groups, meetings, proposals (pg-groups) ---
    await step('groups', () =>
      seedGroups(
        ctx,
        schoolsOf(partners),
        people,
        (p) => devUserToken({ sub: p.id, roles: p.roles, partnerId: p.partnerId }),
        new Date(),
      ),
    );
    // --- finance ---
    await step('finance', () => seedFinanceDemo(ctx.q, partners));
    await step(
      'focus-groups',
      async () => `${await seedFocusGroupNotes(ctx, schoolsOf(partners))} focus-group notes`,
    );
    await step('announcements', async () => {
      // communications (issue 13): the coordinator to everyone, the first school's first champion
      // to their school; a teacher there is the witness that makes the step resumable
      const coordinator = people.find((p) => p.kind === 'coordinator');
      const school = schoolsOf(partners)[0];
      const champion = people.find((p) => p.kind === 'champion' && p.partnerId === school.id);
      const witness = people.find((p) => p.kind === 'teacher' && p.partnerId === school.id);
      if (!coordinator || !champion || !witness)
        throw new Error('demo seed: no coordinator, champion or teacher for the announcements');
      return seedAnnouncements({ q: ctx.q, coordinator, champion, witness });
    });
    await step('past-year', async () => {
      const full = await ctx.read<{ partners: PastYearInput['partners'] }>(
        'partners',
        `{ partners { id name kind sector joinedOn } }`,
      );
      const lines: string[] = [];
      const cohort = students.flatMap((s) =>
        s.yearGroup === null ? [] : [{ id: s.id, partnerId: s.partnerId, yearGroup: s.yearGroup }],
      );
      await seedPastYear({ ...opts, partners: full.partners, students: cohort, teachers }, (m) =>
        lines.push(m),
      );
      return lines.join('; ');
    });
    // --- school year --- after last year's evaluation was modelled, so it does not change it.
    await step('school-year', () => seedSchoolYearStep(opts));
    await state.markDone('complete');
    log('demo complete');
    return { ...(await summarise(ctx, partners)), seeded: true };
  } finally {
    await state.close();
  }
}

async function listPartners(ctx: SeedContext): Promise<SeededPartner[]> {
  const r = await ctx.read<{ partners: SeededPartner[] }>(
    'partners',
    `{ partners { id name kind } }`,
  );
  return r.partners;
}

/** The ten demo partners, each created unless a partner of that name exists. */
async function seedPartners(ctx: SeedContext): Promise<SeededPartner[]> {
  const byName = new Map((await listPartners(ctx)).map((p) => [p.name, p]));
  const partners: SeededPartner[] = [];
  let created = 0;
  for (const p of DEMO_PARTNERS) {
    const found = byName.get(p.name);
    if (found) {
      partners.push(found);
      continue;
    }
    const r = await ctx.q<{ createPartner: { partner: { id: string } | null; errors: unknown[] } }>(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code field message } } }`,
      { input: { ...p, joinedOn: '2019-09-01' } },
    );
    const id = r.data?.createPartner.partner?.id;
    if (!id)
      throw new Error(
        `demo seed: partner ${p.name}: ${JSON.stringify(r.errors ?? r.data?.createPartner.errors)}`,
      );
    partners.push({ id, name: p.name, kind: p.kind });
    created += 1;
  }
  ctx.log(`${partners.length} partners (${created} created now)`);
  return partners;
}

interface ExistingPerson {
  id: string;
  displayName: string;
  roles: string[];
  yearGroup: number | null;
  partner: { id: string } | null;
}

async function listPeople(ctx: SeedContext): Promise<ExistingPerson[]> {
  const all: ExistingPerson[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      people: {
        edges: Array<{ node: ExistingPerson }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await ctx.read(
      'people',
      `query($after: String) { people(first: 100, after: $after) { edges { node { id displayName roles yearGroup partner { id } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...page.people.edges.map((e) => e.node));
    if (!page.people.pageInfo.hasNextPage) return all;
    after = page.people.pageInfo.endCursor;
  }
}

/** Everyone in the plan, each registered unless the same person is already there. */
async function seedPeople(ctx: SeedContext, partners: SeededPartner[]): Promise<Seeded[]> {
  const plan = planPeople(partners);
  const existing = new Map(
    (await listPeople(ctx)).map((p) => [personKey({ ...p, partnerId: p.partner?.id ?? '' }), p.id]),
  );
  const people: Seeded[] = [];
  let created = 0;
  for (const planned of plan) {
    const found = existing.get(personKey(planned));
    if (found) {
      people.push({ ...planned, id: found });
      continue;
    }
    const id = await ctx.untilAccepted(`person at ${planned.partnerId}`, async () => {
      const r = await ctx.q<{
        registerPerson: { person: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
        {
          input: {
            partnerId: planned.partnerId,
            displayName: planned.displayName,
            roles: planned.roles,
            yearGroup: planned.yearGroup,
            email: planned.email,
          },
        },
      );
      return {
        value: r.data?.registerPerson.person?.id ?? null,
        errors: r.errors ?? r.data?.registerPerson.errors,
      };
    });
    people.push({ ...planned, id });
    created += 1;
  }
  const students = people.filter((p) => p.kind === 'student').length;
  const teachers = people.filter((p) => p.kind === 'teacher').length;
  ctx.log(
    `${people.length} people (${students} students, ${teachers} teachers; ${created} created now)`,
  );
  return people;
}

/**
 * Demo data loaded before the seed recorded its progress has no stored first day; the earliest
 * event of the first template at the first host is where that programme began.
 */
async function firstDayOfExistingProgramme(
  ctx: SeedContext,
  partners: SeededPartner[],
): Promise<Date | undefined> {
  const host = schoolsOf(partners)[0] ?? universityOf(partners);
  const starts = (await listEvents(ctx))
    .filter((e) => e.title === EVENT_TEMPLATES[0].title && e.hostPartner?.id === host.id)
    .map((e) => new Date(e.startsAt).getTime());
  return starts.length > 0 ? new Date(Math.min(...starts)) : undefined;
}

async function summarise(
  ctx: SeedContext,
  partners: SeededPartner[],
): Promise<Omit<DemoSummary, 'seeded'>> {
  const university = universityOf(partners);
  const pick = async (role: string) => {
    const r = await ctx.q<{
      people: { edges: Array<{ node: { id: string; partner: { id: string } | null } }> };
    }>(
      `query($role: Role) { people(role: $role, first: 1) { edges { node { id partner { id } } } } }`,
      { role },
    );
    const node = r.data?.people.edges[0]?.node;
    return node ? { id: node.id, partnerId: node.partner?.id ?? '' } : null;
  };
  const coordinator = await pick('COORDINATOR');
  const plan = planPeople(partners);
  const signInEmails: DemoSummary['signInEmails'] = [];
  for (const kind of ['coordinator', 'head', 'champion', 'teacher', 'ambassador'] as const) {
    const first = plan.find((p) => p.kind === kind && p.signsIn && p.email !== null);
    if (first?.email) signInEmails.push({ kind, email: first.email });
  }
  return {
    coordinatorId: coordinator?.id ?? SEED_ACTOR,
    coordinatorPartnerId: coordinator?.partnerId ?? university.id,
    sampleStudent: await pick('STUDENT'),
    sampleChampion: await pick('CHAMPION'),
    signInEmails,
  };
}
