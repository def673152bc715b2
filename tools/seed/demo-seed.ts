import type { Role } from '@ekst/auth';
import { devUserToken, gql, retryUntil } from '@ekst/testing';
import { DEMO_PARTNERS, EVENT_TEMPLATES, SUBJECTS, demoName } from './demo-data';
import { seedPastYear } from './past-year';
import type { PastYearInput } from './past-year';

type Log = (msg: string) => void;

interface Result<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Stable id of the demo coordinator's token before their person record exists. */
const SEED_ACTOR = '00000000-0000-4000-8000-00000000c001';

/**
 * Mutations whose checks depend on another service's projection (a partner just created, a
 * person just registered) are retried until the projection has caught up.
 */
async function untilAccepted<T>(
  what: string,
  attempt: () => Promise<{ value: T | null; errors: unknown }>,
): Promise<T> {
  let last: unknown;
  return retryUntil(
    async () => {
      const r = await attempt();
      last = r.errors;
      return r.value;
    },
    `demo seed: ${what}`,
    { detail: () => last },
  );
}

/** The demo adults' password: invented, printed by `npm start`, never used outside a demo. */
export const DEMO_PASSWORD = 'ekst-demo-password-2026';

type Query = <T>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<Result<T>>;

/**
 * Accounts the way a school sets them up: the coordinator issues a one-time code, the person
 * redeems it and sets a password. Then consent records (parents decide for students; about one in
 * eight refuses photos) and enhanced DBS metadata for the ambassadors who work with children.
 */
async function seedAccountsAndRecords(
  gatewayUrl: string,
  q: Query,
  people: { adults: string[]; students: Array<{ id: string }>; ambassadors: string[] },
): Promise<void> {
  for (const personId of people.adults) {
    const code = await q<{ createSignInCode: { code: string | null } }>(
      `mutation($id: ID!) { createSignInCode(personId: $id) { code errors { code } } }`,
      { id: personId },
    );
    const signIn = await gql<{ redeemSignInCode: { session: { accessToken: string } | null } }>(
      gatewayUrl,
      null,
      `mutation($code: String!) { redeemSignInCode(code: $code) { session { accessToken } errors { code } } }`,
      { code: code.data?.createSignInCode.code },
    );
    const token = signIn.data?.redeemSignInCode.session?.accessToken;
    if (!token)
      throw new Error(`demo seed: could not sign in ${personId}: ${JSON.stringify(signIn.errors)}`);
    await q(
      `mutation($p: String!) { setPassword(newPassword: $p) { errors { code } } }`,
      { p: DEMO_PASSWORD },
      token,
    );
  }
  const consent = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field message } } }`;
  for (const [i, s] of people.students.entries()) {
    await q(consent, {
      input: {
        personId: s.id,
        kind: 'DATA_PROCESSING',
        decision: 'GRANTED',
        noticeVersion: '2025-09',
        givenBy: 'PARENT_CARER',
        giverName: 'Parent or carer',
        method: 'ONLINE',
      },
    });
    await q(consent, {
      input: {
        personId: s.id,
        kind: 'PHOTO_PUBLICITY',
        decision: i % 8 === 3 ? 'REFUSED' : 'GRANTED',
        givenBy: 'PARENT_CARER',
        giverName: 'Parent or carer',
        method: 'PAPER',
      },
    });
  }
  const checkedOn = new Date(Date.now() - 120 * 86400000).toISOString().slice(0, 10);
  const reviewOn = new Date(Date.now() + 3 * 365 * 86400000).toISOString().slice(0, 10);
  for (const [i, personId] of people.ambassadors.entries()) {
    await q(
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code field message } } }`,
      {
        input: {
          personId,
          kind: 'ENHANCED_DBS_BARRED_LIST',
          reference: `00123456789${i}`,
          checkedOn,
          checkedBy: 'University safeguarding office',
          reviewOn,
        },
      },
    );
  }
}

export interface DemoSummary {
  seeded: boolean;
  coordinatorId: string;
  coordinatorPartnerId: string;
  sampleStudent: { id: string; partnerId: string } | null;
  sampleChampion: { id: string; partnerId: string } | null;
}

/**
 * Loads the demo partnership through the gateway, as real users would, so every domain event
 * flows through the outboxes and Kafka to the other services' projections. Idempotent: a graph
 * that already has partners is left as it is.
 */
export async function seedDemo(
  gatewayUrl: string,
  log: Log,
  pastYear?: Omit<PastYearInput, 'partners' | 'students' | 'teachers'>,
): Promise<DemoSummary> {
  const seedToken = await devUserToken({ sub: SEED_ACTOR, roles: ['COORDINATOR'] });
  const q = <T>(query: string, variables?: Record<string, unknown>, token = seedToken) =>
    gql<T>(gatewayUrl, token, query, variables) as Promise<Result<T>>;

  const existing = await q<{ partners: Array<{ id: string; name: string }> }>(
    `{ partners { id name } }`,
  );
  if (existing.errors) throw new Error(`demo seed: ${existing.errors[0].message}`);
  const present = existing.data?.partners ?? [];
  if (present.length > 0) {
    log(`demo data already present (${present.length} partners); not seeding again`);
    return summarise(q, present);
  }

  const partners: Array<{ id: string; name: string; kind: string }> = [];
  for (const p of DEMO_PARTNERS) {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: unknown[] } }>(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code field message } } }`,
      { input: { ...p, joinedOn: '2019-09-01' } },
    );
    const id = r.data?.createPartner.partner?.id;
    if (!id)
      throw new Error(
        `demo seed: partner ${p.name}: ${JSON.stringify(r.errors ?? r.data?.createPartner.errors)}`,
      );
    partners.push({ id, name: p.name, kind: p.kind });
  }
  log(`${partners.length} partners`);

  let n = 0;
  const adults: string[] = [];
  const register = (partnerId: string, roles: Role[], yearGroup: number | null) =>
    untilAccepted(`person at ${partnerId}`, async () => {
      const name = demoName(n);
      const email =
        yearGroup === null
          ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${n}@demo.ekst.invalid`
          : null;
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: unknown[] } }>(
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
        { input: { partnerId, displayName: name, roles, yearGroup, email } },
      );
      if (r.data?.registerPerson.person) {
        n += 1;
        if (yearGroup === null && !roles.includes('ASSOCIATE'))
          adults.push(r.data.registerPerson.person.id);
      }
      return {
        value: r.data?.registerPerson.person?.id ?? null,
        errors: r.errors ?? r.data?.registerPerson.errors,
      };
    });

  const university = partners.find((p) => p.kind === 'UNIVERSITY') ?? partners[0];
  await register(university.id, ['COORDINATOR'], null);
  const schools = partners.filter((p) => ['STATE', 'SELECTIVE', 'INDEPENDENT'].includes(p.kind));
  const students: Array<{ id: string; partnerId: string; yearGroup: number }> = [];
  const teachers: Array<{ id: string; partnerId: string; kind: string }> = [];
  for (const school of schools) {
    await register(school.id, ['HEAD'], null);
    await register(school.id, ['CHAMPION', 'TEACHER'], null);
    await register(school.id, ['CHAMPION', 'TEACHER'], null);
    for (let t = 0; t < 2; t += 1)
      teachers.push({
        id: await register(school.id, ['TEACHER'], null),
        partnerId: school.id,
        kind: school.kind,
      });
    // Two per year group in years 7-10, four in years 11-13 (the cohort last year's evaluation followed).
    for (let s = 0; s < 20; s += 1) {
      const yearGroup = s < 8 ? 7 + (s % 4) : 11 + (s % 3);
      students.push({
        id: await register(school.id, ['STUDENT'], yearGroup),
        partnerId: school.id,
        yearGroup,
      });
    }
  }
  const ambassadors: string[] = [];
  for (let a = 0; a < 3; a += 1)
    ambassadors.push(await register(university.id, ['AMBASSADOR'], null));
  for (const assoc of partners.filter((p) => p.kind === 'ASSOCIATE'))
    await register(assoc.id, ['ASSOCIATE'], null);
  log(`${n} people (${students.length} students, ${teachers.length} teachers)`);
  await seedAccountsAndRecords(gatewayUrl, q, { adults, students, ambassadors });
  log(
    `sign-in for ${adults.length} adults (password "${DEMO_PASSWORD}"), consent records, DBS checks`,
  );

  // A year's programme from next week to the summer: 33 events of every kind, hosted in turn.
  const hosts = [...schools, university];
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + 7);
  start.setUTCHours(9, 30, 0, 0);
  let events = 0;
  let registrations = 0;
  for (let i = 0; i < 33; i += 1) {
    const template = EVENT_TEMPLATES[i % EVENT_TEMPLATES.length];
    const host = hosts[i % hosts.length];
    const startsAt = new Date(start.getTime() + i * 7 * 86400000);
    const forStudents = template.audience !== 'TEACHERS';
    const eventId = await untilAccepted(`event ${template.title}`, async () => {
      const r = await q<{ createEvent: { event: { id: string } | null; errors: unknown[] } }>(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code field message } } }`,
        {
          input: {
            title: template.title,
            kind: template.kind,
            audience: template.audience,
            yearGroups: forStudents ? [7, 8, 9, 10, 11, 12, 13] : [],
            hostPartnerId: host.id,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 5 * 3600000).toISOString(),
            aims: template.aims,
            capacity: i % 5 === 0 ? 4 : 30,
          },
        },
      );
      return {
        value: r.data?.createEvent.event?.id ?? null,
        errors: r.errors ?? r.data?.createEvent.errors,
      };
    });
    events += 1;
    if (i % 6 === 5) continue; // a few stay as drafts for the Management Group to decide on
    await q(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, { id: eventId });
    const attendees = forStudents
      ? students.filter((_, k) => (k + i) % 5 === 0).map((s) => s.id)
      : teachers.filter((_, k) => (k + i) % 3 === 0).map((t) => t.id);
    for (const personId of attendees) {
      await untilAccepted('registration', async () => {
        const r = await q<{
          registerForEvent: {
            registration: { status: string } | null;
            errors: Array<{ code: string }>;
          };
        }>(
          `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } errors { code message } } }`,
          { e: eventId, p: personId },
        );
        return {
          value: r.data?.registerForEvent.registration?.status ?? null,
          errors: r.errors ?? r.data?.registerForEvent.errors,
        };
      });
      registrations += 1;
    }
    if (forStudents) {
      await untilAccepted('survey', async () => {
        const r = await q<{ createSurvey: { survey: { id: string } | null; errors: unknown[] } }>(
          `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code message } } }`,
          {
            input: {
              eventId,
              phase: 'PRE',
              instrument: 'SWEMWBS',
              opensAt: new Date().toISOString(),
              closesAt: startsAt.toISOString(),
            },
          },
        );
        return {
          value: r.data?.createSurvey.survey?.id ?? null,
          errors: r.errors ?? r.data?.createSurvey.errors,
        };
      });
    }
  }
  log(`${events} events, ${registrations} registrations (some on waitlists), pre-event surveys`);

  // Teacher swap offers from both sectors.
  let offers = 0;
  for (const [k, t] of teachers.entries()) {
    if (k % 2 === 1) continue;
    const token = await devUserToken({ sub: t.id, roles: ['TEACHER'], partnerId: t.partnerId });
    const from = new Date(Date.now() + (14 + k) * 86400000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + (60 + k) * 86400000).toISOString().slice(0, 10);
    await untilAccepted('swap offer', async () => {
      const r = await q<{
        createSwapOffer: { swapOffer: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: CreateSwapOfferInput!) { createSwapOffer(input: $input) { swapOffer { id } errors { code field message } } }`,
        {
          input: {
            subjects: [SUBJECTS[k % SUBJECTS.length]],
            phase: k % 3 === 0 ? 'KS3' : 'KS4',
            availableFrom: from,
            availableTo: to,
            maxTravelMiles: 15 + k,
          },
        },
        token,
      );
      return {
        value: r.data?.createSwapOffer.swapOffer?.id ?? null,
        errors: r.errors ?? r.data?.createSwapOffer.errors,
      };
    });
    offers += 1;
  }
  log(`${offers} teacher swap offers`);
  // Focus groups the Student Voice Group ran last term, summarised by the coordinator.
  const notes = [
    {
      aims: ['WIDENING_HORIZONS', 'CONFIDENCE'],
      themes: ['university', 'travel', 'meeting new people'],
      summary:
        'Year 12 students said the taster day made university feel possible; several had never visited a campus. Travel across East Kent was the main barrier mentioned.',
    },
    {
      aims: ['WELLBEING', 'COMMUNITY'],
      themes: ['exam stress', 'friendships'],
      summary:
        'Students valued hearing that students at other schools felt the same pressure; they asked for a follow-up session before mocks.',
    },
    {
      aims: ['RAISING_ASPIRATIONS'],
      themes: ['careers', 'role models'],
      summary:
        'Undergraduate ambassadors were the most mentioned part of the day; students asked for more contact with them.',
    },
  ];
  for (const [i, note] of notes.entries()) {
    const heldOn = new Date(Date.now() - (60 - i * 14) * 86400000).toISOString().slice(0, 10);
    await q(
      `mutation($input: RecordFocusGroupNoteInput!) { recordFocusGroupNote(input: $input) { errors { code field message } } }`,
      {
        input: {
          ...note,
          heldOn,
          partnerId: schools[i % schools.length].id,
          participantCount: 8 + i,
        },
      },
    );
  }
  log(`${notes.length} focus-group notes`);
  if (pastYear) {
    const full = await q<{ partners: PastYearInput['partners'] }>(
      `{ partners { id name kind sector joinedOn } }`,
    );
    await seedPastYear(
      { ...pastYear, partners: full.data?.partners ?? [], students, teachers },
      log,
    );
  }
  return summarise(q, partners);
}

async function summarise(
  q: <T>(query: string, variables?: Record<string, unknown>) => Promise<Result<T>>,
  partners: Array<{ id: string; name: string }>,
): Promise<DemoSummary> {
  const university = partners.find((p) => p.name === 'University of East Kent') ?? partners[0];
  const pick = async (role: Role) => {
    const r = await q<{
      people: { edges: Array<{ node: { id: string; partner: { id: string } | null } }> };
    }>(
      `query($role: Role) { people(role: $role, first: 1) { edges { node { id partner { id } } } } }`,
      { role },
    );
    const node = r.data?.people.edges[0]?.node;
    return node ? { id: node.id, partnerId: node.partner?.id ?? '' } : null;
  };
  const coordinator = await pick('COORDINATOR');
  return {
    seeded: true,
    coordinatorId: coordinator?.id ?? SEED_ACTOR,
    coordinatorPartnerId: coordinator?.partnerId ?? university.id,
    sampleStudent: await pick('STUDENT'),
    sampleChampion: await pick('CHAMPION'),
  };
}
