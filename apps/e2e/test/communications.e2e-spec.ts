import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Role } from '@ekst/auth';
import { EventEvents } from '@ekst/contracts';
import type { Envelope } from '@ekst/contracts';
import type { SUBGRAPHS } from '@ekst/testing';
import { devUserToken, gql, KafkaTestBus, retryUntil, TestStack } from '@ekst/testing';

/**
 * Issue 13 through the gateway, real Kafka and a real SMTP server (the stack's MailDev on 5625,
 * read through its REST API on 5680), ports 56xx: a waitlist offer tells the student in the app
 * with the deadline and e-mails their champion; a lapsed offer moves on and the next one is told;
 * a cancellation tells everyone registered once; a redelivered PlaceOffered tells no one twice;
 * erasure leaves no row naming the person and nothing further reaches them; bad input is typed
 * and changes nothing; an SMTP outage during a burst of 200 loses and duplicates nothing.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
interface Person {
  id: string;
  token: string;
  email: string | null;
}
interface Mail {
  id: string;
  subject: string;
  to: Array<{ address: string }>;
  text: string;
  /** MailDev keeps a few parsed headers (message-id among them); the raw source has them all */
  headers: Record<string, string>;
}
const messageIdOf = (m: Mail) => m.headers['message-id'];
interface InboxNode {
  id: string;
  category: string;
  subject: string;
  body: string;
  readAt: string | null;
}

const DAY = 24 * 3_600_000;
/** How the templates write a time (UK time), so the test can look for the exact deadline. */
const londonTime = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(d);

describe('communications through the gateway: told once, by the right channel, never lost', () => {
  const run = randomBytes(3).toString('hex');
  // A generous per-recipient throttle: the burst below sends 20 e-mails to each of 10 people.
  const stack = new TestStack('communications', 1600, { EMAIL_THROTTLE_PER_MINUTE: '100' });
  const bus = new KafkaTestBus(stack.opts.topicPrefix);
  let coordinator: string;
  let schoolA: string;
  let schoolB: string;
  let championA: Person;
  let championB: Person;
  let teacherA: Person;
  let studentA1: Person;
  let studentA2: Person;
  let studentB: Person;
  let eventId: string;
  const title = `Kite Making ${run}`;
  const registrationOf = new Map<string, string>();
  /** the one-click unsubscribe link in the e-mail B's champion received */
  let unsubscribeLink: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  async function sql<T>(
    service: (typeof SUBGRAPHS)[number]['name'],
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const c = new Client({ connectionString: stack.databaseUrlOf(service) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async function mails(): Promise<Mail[]> {
    const res = await fetch(`${stack.mailWebUrl}/api/email`);
    expect(res.status).toBe(200);
    return (await res.json()) as Mail[];
  }

  const mailsTo = async (p: Person) =>
    (await mails()).filter((m) => m.to.some((t) => t.address === p.email));

  async function inbox(p: Person, unreadOnly = false): Promise<InboxNode[]> {
    const r = await q<{
      me: { notifications: { edges: Array<{ node: InboxNode }>; unreadCount: number } } | null;
    }>(
      p.token,
      `query($u: Boolean) { me { notifications(first: 100, unreadOnly: $u) { unreadCount edges { node { id category subject body readAt } } } } }`,
      { u: unreadOnly },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.me!.notifications.edges.map((e) => e.node);
  }

  async function createPartner(name: string): Promise<string> {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code field message } } }`,
      { input: { name, kind: 'STATE', town: 'Canterbury' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  async function registerPerson(
    partnerId: string,
    displayName: string,
    roles: Role[],
    adult: boolean,
  ): Promise<Person> {
    const email = adult
      ? `${displayName.toLowerCase().replace(/\W+/g, '.')}.${run}@schools.example`
      : null;
    const id = await retryUntil(async () => {
      const res = await q<{
        registerPerson: { person: { id: string } | null; errors: UserErr[] };
      }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
        {
          input: { partnerId, displayName, roles, ...(adult ? { email } : { yearGroup: 10 }) },
        },
      );
      return res.data?.registerPerson.person?.id ?? null;
    }, `register ${displayName}`);
    return { id, token: await devUserToken({ sub: id, roles, partnerId }), email };
  }

  async function register(token: string, personId: string, expected: string): Promise<void> {
    const r = await q<{
      registerForEvent: { registration: { id: string; status: string } | null; errors: UserErr[] };
    }>(
      token,
      `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { id status } errors { code field message } } }`,
      { e: eventId, p: personId },
    );
    expect(r.data?.registerForEvent.errors).toEqual([]);
    expect(r.data?.registerForEvent.registration?.status).toBe(expected);
    registrationOf.set(personId, r.data!.registerForEvent.registration!.id);
  }

  /** Waits until communications has applied every message published so far on the events topic. */
  async function communicationsCaughtUpWithEvents(): Promise<void> {
    const sentinel = (
      await sql<{ envelope: Envelope }>(
        'events',
        `SELECT envelope FROM outbox WHERE event_type = 'EventScheduled' AND message_key = $1 ORDER BY id DESC LIMIT 1`,
        [eventId],
      )
    )[0].envelope;
    // The latest EventScheduled again under a new id, on the same key (so the same partition,
    // after whatever was sent before): applying it changes nothing; seeing it means caught up.
    const marker = { ...sentinel, id: randomUUID() };
    await bus.send('events', marker);
    await retryUntil(
      async () =>
        (await sql('communications', `SELECT 1 FROM inbox WHERE event_id = $1`, [marker.id]))
          .length === 1,
      'communications reads the marker',
    );
  }

  beforeAll(async () => {
    await stack.start();
    await bus.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000016c0',
      roles: ['COORDINATOR'],
    });
    schoolA = await createPartner(`Abbey School ${run}`);
    schoolB = await createPartner(`Barton Court ${run}`);
    await retryUntil(
      async () =>
        (
          await sql('people', `SELECT 1 FROM partner_projection WHERE id = ANY($1)`, [
            [schoolA, schoolB],
          ])
        ).length === 2 &&
        (
          await sql('events', `SELECT 1 FROM partner_projection WHERE id = ANY($1)`, [
            [schoolA, schoolB],
          ])
        ).length === 2,
      'partners reach people and events',
    );
    championA = await registerPerson(schoolA, 'Ada Champion', ['CHAMPION', 'TEACHER'], true);
    championB = await registerPerson(schoolB, 'Bea Champion', ['CHAMPION', 'TEACHER'], true);
    teacherA = await registerPerson(schoolA, 'Tom Teacher', ['TEACHER'], true);
    studentA1 = await registerPerson(schoolA, 'Alex Student', ['STUDENT'], false);
    studentA2 = await registerPerson(schoolA, 'Ash Student', ['STUDENT'], false);
    studentB = await registerPerson(schoolB, 'Bo Student', ['STUDENT'], false);
    const everyone = [championA, championB, teacherA, studentA1, studentA2, studentB].map(
      (p) => p.id,
    );
    for (const service of ['events', 'communications'] as const)
      await retryUntil(
        async () =>
          (await sql(service, `SELECT 1 FROM person_projection WHERE id = ANY($1)`, [everyone]))
            .length === everyone.length,
        `people reach ${service}`,
      );

    // A's champion puts on an event for students and teachers in three days: two places.
    const start = Date.now() + 3 * DAY;
    const created = await q<{ createEvent: { event: { id: string } | null; errors: UserErr[] } }>(
      championA.token,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code field message } } }`,
      {
        input: {
          title,
          kind: 'OUTDOOR_LEARNING',
          audience: 'BOTH',
          yearGroups: [9, 10],
          hostPartnerId: schoolA,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 2 * 3_600_000).toISOString(),
          aims: ['CONFIDENCE'],
          capacity: 2,
        },
      },
    );
    expect(created.data?.createEvent.errors).toEqual([]);
    eventId = created.data!.createEvent.event!.id;
    const published = await q<{ publishEvent: { errors: UserErr[] } }>(
      championA.token,
      `mutation($id: ID!) { publishEvent(id: $id) { errors { code field message } } }`,
      { id: eventId },
    );
    expect(published.data?.publishEvent.errors).toEqual([]);
    // Two places: A's first student and A's teacher; B's student then A's second student wait.
    await register(studentA1.token, studentA1.id, 'REGISTERED');
    await register(teacherA.token, teacherA.id, 'REGISTERED');
    await register(studentB.token, studentB.id, 'WAITLISTED');
    await register(studentA2.token, studentA2.id, 'WAITLISTED');
    // Communications knows who is registered before anyone cancels (its consumer group's first
    // join to the events topic can take a while on a loaded machine): the journey below then
    // measures the notification, not the start-up.
    await retryUntil(
      async () =>
        (
          await sql('communications', `SELECT 1 FROM registration_projection WHERE event_id = $1`, [
            eventId,
          ])
        ).length === 4 || null,
      'communications sees the registrations',
      { timeoutMs: 120_000 },
    );
  }, 400_000);

  afterAll(async () => {
    await bus.stop();
    await stack?.dispose();
  });

  it('a student cancels: the first on the waitlist is told in the app with the deadline, their champion by e-mail', async () => {
    const cancelled = await q<{ cancelRegistration: { errors: UserErr[] } }>(
      studentA1.token,
      `mutation($id: ID!) { cancelRegistration(registrationId: $id) { errors { code field message } } }`,
      { id: registrationOf.get(studentA1.id) },
    );
    expect(cancelled.data?.cancelRegistration.errors).toEqual([]);

    const offered = await retryUntil(async () => {
      const n = (await inbox(studentB)).filter((x) => x.category === 'WAITLIST');
      return n.length > 0 ? n : null;
    }, 'the offered student sees the offer');
    const [deadline] = await sql<{ offer_expires_at: Date }>(
      'events',
      `SELECT offer_expires_at FROM registration WHERE id = $1 AND status = 'OFFERED'`,
      [registrationOf.get(studentB.id)],
    );
    expect(offered).toHaveLength(1);
    expect(offered[0].subject).toContain(title);
    expect(offered[0].body).toContain(`Confirm it by ${londonTime(deadline.offer_expires_at)}`);

    const toChampionB = await retryUntil(async () => {
      const m = await mailsTo(championB);
      return m.length > 0 ? m : null;
    }, "B's champion gets an e-mail");
    expect(toChampionB).toHaveLength(1);
    expect(toChampionB[0].subject).toBe(
      `A student of your school has been offered a place at ${title}`,
    );
    expect(toChampionB[0].text).toContain(londonTime(deadline.offer_expires_at));
    // RFC 8058 one-click unsubscribe on a category that can be turned off (read from the raw
    // message as the SMTP server received it)
    const source = (
      await (await fetch(`${stack.mailWebUrl}/api/email/${toChampionB[0].id}/source`)).text()
    ).replace(/\r?\n[ \t]+/g, ' '); // unfold long header lines (RFC 5322)
    expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(source).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:4000\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>\r?$/m,
    );
    unsubscribeLink = /^List-Unsubscribe: <([^>]+)>/m.exec(source)![1];
    expect(messageIdOf(toChampionB[0])).toMatch(/^<[0-9a-f-]{36}@communications\.ekst>$/);
    // no name of the student anywhere in what was sent or stored
    expect(toChampionB[0].text).not.toContain('Bo Student');
    // A student has no address: nothing is e-mailed to them; A's champion is not told of B's student.
    expect(
      await sql('communications', `SELECT 1 FROM delivery WHERE recipient_id = $1`, [studentB.id]),
    ).toEqual([]);
    expect(await mailsTo(championA)).toEqual([]);
  });

  it('the same PlaceOffered delivered again (same event id) tells no one twice', async () => {
    const [original] = await sql<{ envelope: Envelope }>(
      'events',
      `SELECT envelope FROM outbox WHERE event_type = 'PlaceOffered' AND message_key = $1 ORDER BY id LIMIT 1`,
      [eventId],
    );
    await bus.send('events', original.envelope);
    await communicationsCaughtUpWithEvents();
    // give the worker a moment: a second e-mail, had one been queued, would arrive now
    await new Promise((r) => setTimeout(r, 3000));
    expect((await inbox(studentB)).filter((x) => x.category === 'WAITLIST')).toHaveLength(1);
    expect(new Set((await mailsTo(championB)).map(messageIdOf)).size).toBe(1);
    expect(await mailsTo(championB)).toHaveLength(1);
  });

  it('the deadline passes: the place moves on and the next one (and their champion) is told', async () => {
    // Time travel in the events database only: the offer's deadline is now past; events' own
    // sweep (every 30 s) passes the place on and announces OfferExpired and PlaceOffered.
    await sql(
      'events',
      `UPDATE registration SET offer_expires_at = now() - interval '1 second' WHERE id = $1`,
      [registrationOf.get(studentB.id)],
    );
    const offered = await retryUntil(
      async () => {
        const n = (await inbox(studentA2)).filter((x) => x.category === 'WAITLIST');
        return n.length > 0 ? n : null;
      },
      'the next student sees the offer',
      { timeoutMs: 90_000 },
    );
    expect(offered).toHaveLength(1);
    expect(offered[0].body).toContain('Confirm it by');
    const toChampionA = await retryUntil(async () => {
      const m = await mailsTo(championA);
      return m.length > 0 ? m : null;
    }, "A's champion gets an e-mail");
    expect(toChampionA).toHaveLength(1);
    const lapsed = await retryUntil(async () => {
      const n = (await inbox(studentB)).filter((x) => x.subject.includes('lapsed'));
      return n.length > 0 ? n : null;
    }, 'the first student learns the offer lapsed');
    expect(lapsed).toHaveLength(1);
    expect(await mailsTo(championB)).toHaveLength(1);
  }, 120_000);

  it('the event is cancelled: everyone registered is told once (adults also by e-mail)', async () => {
    const r = await q<{ cancelEvent: { errors: UserErr[] } }>(
      championA.token,
      `mutation($id: ID!) { cancelEvent(id: $id, reason: "The field is flooded") { errors { code field message } } }`,
      { id: eventId },
    );
    expect(r.data?.cancelEvent.errors).toEqual([]);
    const cancelledSubject = `Cancelled: ${title}`;
    for (const p of [teacherA, studentA2])
      await retryUntil(
        async () => (await inbox(p)).some((x) => x.subject === cancelledSubject) || null,
        'told of the cancellation',
      );
    const teacherMail = await retryUntil(async () => {
      const m = (await mailsTo(teacherA)).filter((x) => x.subject === cancelledSubject);
      return m.length > 0 ? m : null;
    }, 'the teacher is e-mailed');
    expect(teacherMail[0].text).toContain('The field is flooded');
    await communicationsCaughtUpWithEvents();
    await new Promise((r) => setTimeout(r, 3000));
    for (const p of [teacherA, studentA2])
      expect((await inbox(p)).filter((x) => x.subject === cancelledSubject)).toHaveLength(1);
    expect((await mailsTo(teacherA)).filter((x) => x.subject === cancelledSubject)).toHaveLength(1);
    // who had cancelled or lapsed is not told
    for (const p of [studentA1, studentB])
      expect((await inbox(p)).filter((x) => x.subject === cancelledSubject)).toEqual([]);
  });

  it('one-click unsubscribe (RFC 8058) through the gateway: GET changes nothing, POST turns the category to in-app only', async () => {
    const mode = async () =>
      (
        await q<{ me: { notificationPreferences: Array<{ category: string; mode: string }> } }>(
          championB.token,
          `{ me { notificationPreferences { category mode } } }`,
        )
      ).data?.me.notificationPreferences.find((p) => p.category === 'WAITLIST')?.mode;
    // the link names the public URL; this stack's gateway serves the same path
    const link = `${stack.gatewayUrl.replace(/\/graphql$/, '')}${new URL(unsubscribeLink).pathname}`;
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await mode()).toBe('IMMEDIATE');
    // another MAC (its first character changed): refused, nothing changes
    const forged = await fetch(
      link.replace(
        /\/unsubscribe\/([^.]+)\.(.)/,
        (_m, body: string, c: string) => `/unsubscribe/${body}.${c === 'A' ? 'B' : 'A'}`,
      ),
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      },
    );
    expect(forged.status).toBe(404);
    expect(await mode()).toBe('IMMEDIATE');
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await mode()).toBe('IN_APP_ONLY');
  });

  it('a person reads and marks only their own inbox; the delivery log is the coordinator’s, without bodies', async () => {
    const mine = await inbox(studentA2, true);
    expect(mine.length).toBeGreaterThan(0);
    const marked = await q<{
      markNotificationsRead: { unreadCount: number | null; errors: UserErr[] };
    }>(
      studentA2.token,
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount errors { code field message } } }`,
      { ids: [mine[0].id] },
    );
    expect(marked.data?.markNotificationsRead).toEqual({
      unreadCount: mine.length - 1,
      errors: [],
    });
    // someone else's notification is NOT_FOUND and nothing is marked
    const other = (await inbox(studentB, true))[0];
    const refusedMark = await q<{
      markNotificationsRead: { unreadCount: number | null; errors: UserErr[] };
    }>(
      studentA2.token,
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount errors { code field message } } }`,
      { ids: [other.id] },
    );
    expect(refusedMark.data?.markNotificationsRead.errors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    expect((await inbox(studentB, true)).some((n) => n.id === other.id)).toBe(true);

    // nobody else reads a person's inbox, the coordinator included
    const peek = await q<{ person: { notifications: unknown } | null }>(
      coordinator,
      `query($id: ID!) { person(id: $id) { notifications { unreadCount } } }`,
      { id: studentB.id },
    );
    expect(peek.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(peek.data?.person?.notifications ?? null).toBeNull();

    const log = await q<{
      deliveryLog: {
        edges: Array<{
          node: { status: string; attempts: number; template: string; recipient: { id: string } };
        }>;
      };
    }>(
      coordinator,
      `{ deliveryLog(first: 100) { edges { node { status attempts template recipient { id } } } } }`,
    );
    expect(log.errors).toBeUndefined();
    const nodes = log.data!.deliveryLog.edges.map((e) => e.node);
    expect(nodes.filter((n) => n.status === 'SENT').length).toBeGreaterThanOrEqual(3);
    expect(nodes.every((n) => n.attempts >= 1 || n.status === 'PENDING')).toBe(true);
    const champion = await q(championA.token, `{ deliveryLog { edges { node { id } } } }`);
    expect(champion.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // the schema has no field for a delivery's message: asking for one is a validation error
    const body = await q(coordinator, `{ deliveryLog { edges { node { id body } } } }`);
    expect(body.errors?.[0].message).toMatch(/Cannot query field "body"/);
  });

  describe('bad input is typed and changes nothing', () => {
    const post = (token: string, input: Record<string, unknown>) =>
      q<{
        postAnnouncement: { announcement: { id: string } | null; errors: UserErr[] };
      }>(
        token,
        `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { id recipientCount } errors { code field message } } }`,
        { input },
      );
    const announcements = async () =>
      (await sql<{ n: number }>('communications', `SELECT count(*)::int AS n FROM announcement`))[0]
        .n;

    it('an announcement to an audience the caller may not address, or with an empty body', async () => {
      const before = await announcements();
      const otherPartner = await post(championA.token, {
        target: 'PARTNER',
        targetId: schoolB,
        subject: 'Hello B',
        body: 'Not yours to address',
      });
      expect(otherPartner.data?.postAnnouncement.errors.map((e) => e.code)).toEqual([
        'TARGET_NOT_ALLOWED',
      ]);
      const everyone = await post(championA.token, {
        target: 'EVERYONE',
        subject: 'Hello all',
        body: 'Not yours to address',
      });
      expect(everyone.data?.postAnnouncement.errors.map((e) => e.code)).toEqual([
        'TARGET_NOT_ALLOWED',
      ]);
      const group = await post(coordinator, {
        target: 'GROUP',
        targetId: randomUUID(),
        subject: 'Heads',
        body: 'Groups come with governance',
      });
      expect(group.data?.postAnnouncement.errors.map((e) => e.code)).toEqual([
        'TARGET_NOT_SUPPORTED',
      ]);
      const empty = await post(championA.token, {
        target: 'PARTNER',
        targetId: schoolA,
        subject: 'Empty',
        body: '   ',
      });
      expect(empty.data?.postAnnouncement.errors).toEqual([
        { code: 'INVALID', field: 'body', message: 'must not be empty' },
      ]);
      const student = await post(studentA2.token, {
        target: 'PARTNER',
        targetId: schoolA,
        subject: 'Hi',
        body: 'Students do not announce',
      });
      expect(student.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await announcements()).toBe(before);
    });

    it('a preference turning off a mandatory category', async () => {
      const r = await q<{ setNotificationPreference: { errors: UserErr[] } }>(
        teacherA.token,
        `mutation { setNotificationPreference(category: SAFEGUARDING, mode: IN_APP_ONLY) { preference { mode } errors { code field message } } }`,
      );
      expect(r.data?.setNotificationPreference.errors.map((e) => e.code)).toEqual([
        'MANDATORY_CATEGORY',
      ]);
      const prefs = await q<{
        me: { notificationPreferences: Array<{ category: string; mode: string }> };
      }>(teacherA.token, `{ me { notificationPreferences { category mode mandatory } } }`);
      expect(
        prefs.data?.me.notificationPreferences.find((p) => p.category === 'SAFEGUARDING')?.mode,
      ).toBe('IMMEDIATE');
      expect(
        await sql('communications', `SELECT 1 FROM notification_preference WHERE person_id = $1`, [
          teacherA.id,
        ]),
      ).toEqual([]);
    });
  });

  it('a champion announces to their own partner: its adults by e-mail, everyone in the app', async () => {
    const r = await q<{
      postAnnouncement: {
        announcement: { id: string; recipientCount: number } | null;
        errors: UserErr[];
      };
    }>(
      championA.token,
      `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { id recipientCount } errors { code field message } } }`,
      {
        input: {
          target: 'PARTNER',
          targetId: schoolA,
          subject: `Sports day ${run}`,
          body: 'Bring a water bottle.',
        },
      },
    );
    expect(r.data?.postAnnouncement.errors).toEqual([]);
    // teacher, two students (the author is not told their own announcement)
    expect(r.data?.postAnnouncement.announcement?.recipientCount).toBe(3);
    await retryUntil(
      async () => (await mailsTo(teacherA)).some((m) => m.subject === `Sports day ${run}`) || null,
      'the teacher gets the announcement',
    );
    expect((await inbox(studentA1)).some((n) => n.subject === `Sports day ${run}`)).toBe(true);
    expect((await inbox(studentB)).some((n) => n.subject === `Sports day ${run}`)).toBe(false);
  });

  it('an erased person has no inbox or delivery-log rows naming them and receives nothing further', async () => {
    expect(
      (await sql('communications', `SELECT 1 FROM delivery WHERE recipient_id = $1`, [teacherA.id]))
        .length,
    ).toBeGreaterThan(0);
    const erased = await q<{ erasePerson: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { erasePerson(id: $id) { errors { code field message } } }`,
      { id: teacherA.id },
    );
    expect(erased.data?.erasePerson.errors).toEqual([]);
    await retryUntil(
      async () =>
        (
          await sql(
            'communications',
            // the suppression list holds a SHA-256 of the id, never the id itself
            `SELECT 1 FROM erased_person WHERE id_hash = sha256(convert_to($1::uuid::text, 'UTF8'))`,
            [teacherA.id],
          )
        ).length === 1,
      'communications applies the erasure',
    );
    const naming = async () => [
      ...(await sql(
        'communications',
        `SELECT id FROM notification WHERE recipient_id = $1 OR about_person_id = $1`,
        [teacherA.id],
      )),
      ...(await sql(
        'communications',
        `SELECT id FROM delivery WHERE recipient_id = $1 OR about_person_id = $1`,
        [teacherA.id],
      )),
      ...(await sql('communications', `SELECT id FROM person_projection WHERE id = $1`, [
        teacherA.id,
      ])),
    ];
    expect(await naming()).toEqual([]);
    const mailsBefore = (await mailsTo(teacherA)).length;
    const r = await q<{
      postAnnouncement: { announcement: { recipientCount: number } | null; errors: UserErr[] };
    }>(
      championA.token,
      `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { recipientCount } errors { code field message } } }`,
      {
        input: { target: 'PARTNER', targetId: schoolA, subject: `After ${run}`, body: 'Hello.' },
      },
    );
    expect(r.data?.postAnnouncement.errors).toEqual([]);
    expect(r.data?.postAnnouncement.announcement?.recipientCount).toBe(2);
    // a late event naming them (as Kafka might still hold) tells them nothing either
    await bus.publish('events', EventEvents.placeOffered, eventId, {
      registrationId: randomUUID(),
      eventId,
      personId: teacherA.id,
      confirmBy: new Date(Date.now() + DAY).toISOString(),
    });
    await communicationsCaughtUpWithEvents();
    await new Promise((r2) => setTimeout(r2, 3000));
    expect(await naming()).toEqual([]);
    expect((await mailsTo(teacherA)).length).toBe(mailsBefore);
  });

  it('a password reset: the same answer for an unknown address and no e-mail; a known adult gets a single-use link', async () => {
    const ask = (email: string) =>
      q<{ requestPasswordReset: { accepted: boolean; errors: UserErr[] } }>(
        null,
        `mutation($e: String!) { requestPasswordReset(email: $e) { accepted errors { code field message } } }`,
        { e: email },
      );
    const unknown = `nobody.${run}@schools.example`;
    const known = await ask(championB.email!);
    const unknownAnswer = await ask(unknown);
    expect(unknownAnswer.errors).toBeUndefined();
    expect(unknownAnswer.data).toEqual(known.data);
    expect(known.data?.requestPasswordReset).toEqual({ accepted: true, errors: [] });
    // one request stored and announced, for the known adult only; no secret in the event
    const events = await sql<{ envelope: Envelope<Record<string, unknown>> }>(
      'people',
      `SELECT envelope FROM outbox WHERE event_type = 'PasswordResetRequested'`,
    );
    expect(events).toHaveLength(1);
    expect(Object.keys(events[0].envelope.payload).sort()).toEqual(['personId', 'requestId']);
    expect(events[0].envelope.payload.personId).toBe(championB.id);

    const mail = await retryUntil(async () => {
      const m = (await mailsTo(championB)).filter((x) => x.subject === 'Reset your EKST password');
      return m.length > 0 ? m : null;
    }, 'the reset e-mail arrives');
    expect(mail).toHaveLength(1);
    const token = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail[0].text)![1]);
    // the stored copy of the e-mail holds no token
    const stored = await sql<{ body_text: string; body_html: string }>(
      'communications',
      `SELECT body_text, body_html FROM delivery WHERE template = 'PASSWORD_RESET'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].body_text + stored[0].body_html).not.toContain(token.split('.')[1]);
    expect((await mails()).filter((m) => m.to.some((t) => t.address === unknown))).toEqual([]);

    const reset = (t: string) =>
      q<{ resetPassword: { passwordSet: boolean; errors: UserErr[] } }>(
        null,
        `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { passwordSet errors { code field message } } }`,
        { t, p: 'a new long password 13' },
      );
    expect((await reset(token)).data?.resetPassword).toEqual({ passwordSet: true, errors: [] });
    const again = await reset(token);
    expect(again.data?.resetPassword.errors.map((e) => e.code)).toEqual(['INVALID_RESET_TOKEN']);
    const signIn = await q<{ signIn: { errors: UserErr[] } }>(
      null,
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { errors { code field message } } }`,
      { e: championB.email, p: 'a new long password 13' },
    );
    expect(signIn.data?.signIn.errors).toEqual([]);
  });

  it('SMTP down for 30 s during a burst of 200: all arrive once each, and the log shows the retries', async () => {
    const schoolC = await createPartner(`Castle Hill ${run}`);
    await retryUntil(
      async () =>
        (await sql('people', `SELECT 1 FROM partner_projection WHERE id = $1`, [schoolC]))
          .length === 1,
      'partner C reaches people',
    );
    const staff: Person[] = [];
    for (let i = 0; i < 10; i += 1)
      staff.push(await registerPerson(schoolC, `Staff Member ${i}`, ['TEACHER'], true));
    await retryUntil(
      async () =>
        (
          await sql('communications', `SELECT 1 FROM person_projection WHERE id = ANY($1)`, [
            staff.map((s) => s.id),
          ])
        ).length === 10,
      'staff reach communications',
    );
    await stack.stopMailCatcher();
    const stoppedAt = Date.now();
    for (let i = 0; i < 20; i += 1) {
      const r = await q<{
        postAnnouncement: { announcement: { recipientCount: number } | null; errors: UserErr[] };
      }>(
        coordinator,
        `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { recipientCount } errors { code field message } } }`,
        {
          input: {
            target: 'PARTNER',
            targetId: schoolC,
            subject: `Burst ${run} #${i}`,
            body: 'Part of a burst.',
          },
        },
      );
      expect(r.data?.postAnnouncement.announcement?.recipientCount).toBe(10);
    }
    await retryUntil(
      async () =>
        (
          await sql<{ n: number }>(
            'communications',
            `SELECT count(*)::int AS n FROM delivery WHERE subject LIKE $1 AND status = 'RETRYING'`,
            [`Burst ${run}%`],
          )
        )[0].n > 0 || null,
      'sends fail while SMTP is down',
    );
    await new Promise((r) => setTimeout(r, Math.max(0, 30_000 - (Date.now() - stoppedAt))));
    await stack.startMailCatcher();
    const addresses = new Set(staff.map((s) => s.email));
    const burst = await retryUntil(
      async () => {
        const m = (await mails()).filter(
          (x) => x.subject.startsWith(`Burst ${run}`) && x.to.some((t) => addresses.has(t.address)),
        );
        return m.length >= 200 ? m : null;
      },
      'all 200 arrive',
      { timeoutMs: 240_000 },
    );
    await new Promise((r) => setTimeout(r, 5000));
    const all = (await mails()).filter((x) => x.subject.startsWith(`Burst ${run}`));
    expect(all).toHaveLength(200);
    expect(new Set(all.map(messageIdOf)).size).toBe(200);
    expect(burst.length).toBe(200);
    const log = await sql<{ status: string; attempts: number; last_error: string | null }>(
      'communications',
      `SELECT status, attempts, last_error FROM delivery WHERE subject LIKE $1`,
      [`Burst ${run}%`],
    );
    expect(log).toHaveLength(200);
    expect(log.every((d) => d.status === 'SENT')).toBe(true);
    expect(log.filter((d) => d.attempts > 1).length).toBeGreaterThan(0);
    expect(log.find((d) => d.attempts > 1)?.last_error).toMatch(/ECONNREFUSED/);
    // and the coordinator sees the same through the graph, page by page (newest first)
    const seen: Array<{ attempts: number; lastError: string | null }> = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          deliveryLog: {
            edges: Array<{ node: { attempts: number; lastError: string | null } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await q(
        coordinator,
        `query($after: String) { deliveryLog(status: SENT, first: 100, after: $after) { edges { node { attempts lastError } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.data!.deliveryLog.edges.map((e) => e.node));
      after = page.data!.deliveryLog.pageInfo.hasNextPage
        ? page.data!.deliveryLog.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen.length).toBeGreaterThanOrEqual(200);
    const retriedInGraph = seen.filter((d) => d.attempts > 1);
    expect(retriedInGraph.length).toBeGreaterThanOrEqual(log.filter((d) => d.attempts > 1).length);
    expect(retriedInGraph.some((d) => /ECONNREFUSED/.test(d.lastError ?? ''))).toBe(true);
  }, 400_000);
});
