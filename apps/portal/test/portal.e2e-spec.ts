import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PORTAL_DIST } from '../server/portal-build';
import type { Page } from 'playwright-core';
import { devUserToken, retryUntil, TestStack } from '@ekst/testing';
// The impact chart needs last year's evaluation, which the API cannot create (registration closes
// when an event starts): the same rows `npm start`'s demo writes, through the services' own seed code.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { seedPastYear } from '../../../tools/seed/past-year';
import type { BrowserHarness } from './portal-fixture';
import {
  axeViolations,
  call,
  localInput,
  newPage,
  normalizeDocument,
  screenshot,
  sentOperations,
  seriousOrCritical,
  sql,
  startBrowserHarness,
} from './portal-fixture';

/**
 * The portal in Debian's chromium against the whole platform (TestStack, ports 59xx) behind the
 * portal's own server (port 5990): every journey through the gateway as the least-privileged role
 * that does it, a screenshot per step in .data/portal-screenshots, and an axe-core scan of every
 * main page. One stack for all journeys: they run in order and build on each other.
 */
const PASSWORD = 'portal-journey-password-1';
const PORTAL_PORT = 5990;

describe('the portal in a browser', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('portal', 1900);
  let harness: BrowserHarness;
  let admin: string; // a dev coordinator token for setting the scene through the API
  let schoolId: string;
  const people = {} as Record<
    'coordinator' | 'teacher' | 'forgetful' | 'head' | 'finance' | 'alice' | 'bella' | 'cara',
    string
  >;
  const email = (who: string) => `${who}.${run}@portal-e2e.example`;
  const names = {
    alice: `Alice Student ${run}`,
    bella: `Bella Student ${run}`,
    cara: `Cara Student ${run}`,
  };
  const title = `Resilience workshop ${run}`;
  let eventId: string;
  const axeFindings: Record<string, ReturnType<typeof seriousOrCritical>> = {};

  const url = (path: string) => `${harness.portalUrl}${path}`;

  async function scan(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    axeFindings[name] = seriousOrCritical(await axeViolations(page));
  }

  async function registerPerson(input: Record<string, unknown>): Promise<string> {
    const r = await call<{
      registerPerson: { person: { id: string } | null; errors: unknown[] };
    }>(
      stack,
      admin,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
      { input: { partnerId: schoolId, ...input } },
    );
    expect(r.registerPerson.errors).toEqual([]);
    return r.registerPerson.person!.id;
  }

  async function signInCode(personId: string): Promise<string> {
    const r = await call<{ createSignInCode: { code: string | null } }>(
      stack,
      admin,
      `mutation($p: ID!) { createSignInCode(personId: $p) { code errors { code } } }`,
      { p: personId },
    );
    return r.createSignInCode.code!;
  }

  /** An adult's password, set as the demo seed does: a one-time code, then setPassword. */
  async function setPassword(personId: string): Promise<void> {
    const code = await signInCode(personId);
    const s = await call<{ redeemSignInCode: { session: { accessToken: string } | null } }>(
      stack,
      null,
      `mutation($c: String!) { redeemSignInCode(code: $c) { session { accessToken } errors { code } } }`,
      { c: code },
    );
    const r = await call<{ setPassword: { errors: unknown[] } }>(
      stack,
      s.redeemSignInCode.session!.accessToken,
      `mutation($p: String!) { setPassword(newPassword: $p) { errors { code } } }`,
      { p: PASSWORD },
    );
    expect(r.setPassword.errors).toEqual([]);
  }

  async function registrationOf(personId: string) {
    const rows = await sql<{ id: string; status: string; checked_in_at: Date | null }>(
      stack,
      'events',
      `SELECT id, status, checked_in_at FROM registration WHERE event_id = $1 AND person_id = $2`,
      [eventId, personId],
    );
    return rows[0];
  }

  async function signInAdult(page: Page, who: 'coordinator' | 'teacher' | 'head' | 'finance') {
    if (!page.url().includes('/sign-in')) await page.goto(url('/'));
    await page.getByLabel('E-mail address').fill(email(who));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async function signInStudent(page: Page, personId: string) {
    await page.getByLabel('Sign-in code from your school').fill(await signInCode(personId));
    await page.getByRole('button', { name: 'Sign in with code' }).click();
  }

  beforeAll(async () => {
    await stack.start();
    harness = await startBrowserHarness(stack, PORTAL_PORT);
    admin = await devUserToken({ sub: randomUUID(), roles: ['COORDINATOR'] });
    const partner = await call<{ createPartner: { partner: { id: string } } }>(
      stack,
      admin,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      {
        input: {
          name: `Portal Academy ${run}`,
          kind: 'STATE',
          town: 'Canterbury',
          joinedOn: '2019-09-01',
        },
      },
    );
    schoolId = partner.createPartner.partner.id;
    await retryUntil(
      async () =>
        (await sql(stack, 'people', `SELECT 1 FROM partner_projection WHERE id = $1`, [schoolId]))
          .length === 1 || null,
      'partner → people',
    );
    people.coordinator = await registerPerson({
      displayName: `Coordinator ${run}`,
      roles: ['COORDINATOR'],
      email: email('coordinator'),
    });
    people.teacher = await registerPerson({
      displayName: `Teacher ${run}`,
      roles: ['TEACHER'],
      email: email('teacher'),
    });
    people.forgetful = await registerPerson({
      displayName: `Forgetful Champion ${run}`,
      roles: ['CHAMPION'],
      email: email('forgetful'),
    });
    people.head = await registerPerson({
      displayName: `Head ${run}`,
      roles: ['HEAD'],
      email: email('head'),
    });
    people.finance = await registerPerson({
      displayName: `Bursar ${run}`,
      roles: ['FINANCE'],
      email: email('finance'),
    });
    for (const who of ['alice', 'bella', 'cara'] as const)
      people[who] = await registerPerson({
        displayName: names[who],
        roles: ['STUDENT'],
        yearGroup: 10,
      });
    await setPassword(people.coordinator);
    await setPassword(people.teacher);
    await setPassword(people.forgetful);
    await setPassword(people.head);
    await setPassword(people.finance);
    await retryUntil(
      async () =>
        (
          await sql(stack, 'events', `SELECT 1 FROM person_projection WHERE id = ANY($1)`, [
            Object.values(people),
          ])
        ).length === Object.values(people).length || null,
      'people → events',
    );
    // Last year's completed programme with survey responses, for the impact chart (its hosts: three
    // partners at least).
    for (const [name, kind] of [
      ['Portal Grammar', 'SELECTIVE'],
      ['Portal University', 'UNIVERSITY'],
    ] as const)
      await call(
        stack,
        admin,
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
        { input: { name: `${name} ${run}`, kind, town: 'Canterbury', joinedOn: '2019-09-01' } },
      );
    const partners = await call<{
      partners: Array<{ id: string; name: string; kind: never; sector: never; joinedOn: string }>;
    }>(stack, admin, `{ partners { id name kind sector joinedOn } }`);
    await seedPastYear(
      {
        eventsDatabaseUrl: stack.databaseUrlOf('events'),
        evaluationDatabaseUrl: stack.databaseUrlOf('evaluation'),
        topicPrefix: stack.opts.topicPrefix,
        partners: partners.partners,
        students: Array.from({ length: 150 }, (_, i) => ({
          id: randomUUID(),
          partnerId: schoolId,
          yearGroup: 11 + (i % 3),
        })),
        teachers: [{ id: people.teacher, partnerId: schoolId }],
      },
      () => undefined,
    );
  }, 240000);

  afterAll(async () => {
    await harness?.close();
    await stack.dispose();
  });

  it('serves the portal with a CSP without inline scripts, and proxies /graphql to the gateway', async () => {
    const page = await fetch(url('/programme'));
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file
    const manifest = await fetch(url('/persisted-documents.json'));
    expect(Object.values((await manifest.json()) as Record<string, string>).join('\n')).toContain(
      'mutation SignIn',
    );
    const anonymous = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('a coordinator signs in, plans an event (a bad one is refused, nothing saved) and publishes it', async () => {
    const { context, page, cspViolations } = await newPage(harness.browser);
    await page.goto(url('/planning'));
    await page.waitForURL(/\/sign-in\?next=%2Fplanning/);
    await scan(page, 'sign-in');
    await screenshot(page, '01-coordinator-sign-in');
    await signInAdult(page, 'coordinator');
    await page.waitForURL(/\/planning$/);
    await page.getByRole('heading', { name: 'Programme planning' }).waitFor();
    await scan(page, 'planning');

    const start = new Date(Date.now() + 60 * 60_000);
    const end = new Date(start.getTime() + 2 * 60 * 60_000);
    const form = page.locator('form.stacked');
    const fill = async (capacity: string) => {
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Kind').selectOption('WELLBEING');
      await form.getByLabel('Audience').selectOption('STUDENTS');
      await form.getByLabel('Year 10').check();
      await form.getByLabel('Host partner').selectOption(schoolId);
      await form.getByLabel('Starts').fill(localInput(start));
      await form.getByLabel('Ends').fill(localInput(end));
      await form.getByLabel('Resilience').check();
      await form.getByLabel('Places', { exact: true }).fill(capacity);
    };
    // Ends before it starts: a typed error next to the form, and no event.
    await fill('1');
    await form.getByLabel('Ends').fill(localInput(new Date(start.getTime() - 60_000)));
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.locator('.user-errors').first().waitFor();
    expect(await sql(stack, 'events', `SELECT 1 FROM event WHERE title = $1`, [title])).toEqual([]);
    await screenshot(page, '02-coordinator-refused');

    await form.getByLabel('Ends').fill(localInput(end));
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText(`${title} is saved as a draft`).waitFor();
    const card = page.locator('li.card', { hasText: title });
    await card.getByText('Draft', { exact: true }).waitFor();
    const [row] = await sql<{ id: string; status: string; capacity: number }>(
      stack,
      'events',
      `SELECT id, status, capacity FROM event WHERE title = $1`,
      [title],
    );
    expect(row).toMatchObject({ status: 'DRAFT', capacity: 1 });
    eventId = row.id;
    await screenshot(page, '03-coordinator-draft');

    await card.getByRole('button', { name: `Publish ${title}` }).click();
    await card.getByText('Published', { exact: true }).waitFor();
    const [published] = await sql<{ status: string }>(
      stack,
      'events',
      `SELECT status FROM event WHERE id = $1`,
      [eventId],
    );
    expect(published.status).toBe('PUBLISHED');
    await screenshot(page, '04-coordinator-published');

    // A second draft, cancelled with a reason from its card.
    const other = `Choir day ${run}`;
    await call(
      stack,
      admin,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code } } }`,
      {
        input: {
          title: other,
          kind: 'CHOIR',
          audience: 'STUDENTS',
          yearGroups: [10],
          hostPartnerId: schoolId,
          startsAt: new Date(start.getTime() + 7 * 24 * 3600_000).toISOString(),
          endsAt: new Date(end.getTime() + 7 * 24 * 3600_000).toISOString(),
          aims: ['COMMUNITY'],
          capacity: 30,
        },
      },
    );
    await page.reload();
    const otherCard = page.locator('li.card', { hasText: other });
    await otherCard.getByLabel(`Reason to cancel ${other}`).fill('The hall is flooded');
    await otherCard.getByRole('button', { name: `Cancel ${other}` }).click();
    await otherCard.getByText('Cancelled: The hall is flooded').waitFor();
    expect(
      await sql(stack, 'events', `SELECT status, cancel_reason FROM event WHERE title = $1`, [
        other,
      ]),
    ).toEqual([{ status: 'CANCELLED', cancel_reason: 'The hall is flooded' }]);
    await screenshot(page, '04b-coordinator-cancelled');

    await page.goto(url(`/planning/${eventId}`));
    await page.getByRole('heading', { name: `Edit ${title}` }).waitFor();
    await scan(page, 'edit-event');
    await page.goto(url('/dashboard'));
    await page.getByRole('heading', { name: 'This week’s events' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await scan(page, 'dashboard');
    await screenshot(page, '05-coordinator-dashboard');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('a student signs in with a code, registers, lands on the waitlist, gets an offer and confirms it', async () => {
    // Cara takes the only place first (her teacher registers her through the API).
    const cara = await call<{ registerForEvent: { registration: { id: string; status: string } } }>(
      stack,
      admin,
      `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { id status } errors { code } } }`,
      { e: eventId, p: people.cara },
    );
    expect(cara.registerForEvent.registration.status).toBe('REGISTERED');

    const { context, page, cspViolations } = await newPage(harness.browser);
    await page.goto(url('/'));
    await signInStudent(page, people.alice);
    await page.waitForURL(/\/programme$/);
    const offer = page.locator('li.card', { hasText: title });
    await offer.getByRole('button', { name: `Join the waitlist for ${title}` }).click();
    await page.getByText(`${title} is full: you are on the waitlist (place 1)`).waitFor();
    expect((await registrationOf(people.alice)).status).toBe('WAITLISTED');
    await page.locator('[data-registration]', { hasText: title }).getByText('Waitlisted').waitFor();
    await scan(page, 'programme');
    await screenshot(page, '06-student-waitlisted');

    // Cara cancels: the place is offered to Alice, who sees it after a reload.
    await call(
      stack,
      admin,
      `mutation($r: ID!) { cancelRegistration(registrationId: $r) { registration { status } errors { code } } }`,
      { r: cara.registerForEvent.registration.id },
    );
    expect((await registrationOf(people.alice)).status).toBe('OFFERED');
    await page.reload();
    const confirm = page.getByRole('button', { name: `Confirm my place at ${title}` });
    await confirm.waitFor();
    await page.getByText(/A place is offered to you: confirm it before/).waitFor();
    await screenshot(page, '07-student-offered');
    await confirm.click();
    await page.locator('[data-registration]', { hasText: title }).getByText('Registered').waitFor();
    expect((await registrationOf(people.alice)).status).toBe('REGISTERED');
    await page.getByText(/Check-in code:/).waitFor();
    await screenshot(page, '08-student-confirmed');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("a student's session cannot reach another student's page by URL", async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url(`/people/${people.alice}`));
    await signInStudent(page, people.bella);
    await page.waitForURL(new RegExp(`/people/${people.alice}$`));
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
    expect(await page.content()).not.toContain(names.alice);
    await scan(page, 'person-refused');
    await screenshot(page, '09-student-other-page-refused');
    // Her own page works, so the refusal above is about whose page it is.
    await page.goto(url(`/people/${people.bella}`));
    await page.getByRole('heading', { name: names.bella }).waitFor();
    await context.close();
  });

  it('an expired session returns to sign-in and, after signing in again, to the same page', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url(`/people/${people.alice}`));
    await signInStudent(page, people.alice);
    await page.getByRole('heading', { name: names.alice }).waitFor();
    // Everywhere signed out (as "sign out everywhere" or a role change does): the session is over.
    await call(stack, admin, `mutation($p: ID!) { revokeSessions(personId: $p) { revoked } }`, {
      p: people.alice,
    });
    await page.reload();
    await page.waitForURL(/\/sign-in\?expired=1&next=/);
    await page.getByText('Your session has ended').waitFor();
    expect(page.url()).not.toContain(encodeURIComponent(names.alice));
    await screenshot(page, '10-session-expired');
    await signInStudent(page, people.alice);
    await page.waitForURL(new RegExp(`/people/${people.alice}$`));
    await page.getByRole('heading', { name: names.alice }).waitFor();
    // Nothing but the session token is kept in the browser's storage.
    const stored = await page.evaluate<{ session: string[]; local: string[] }>(
      '({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) })',
    );
    expect(stored).toEqual({ session: ['ekst.session'], local: [] });
    await context.close();
  });

  it('an access token refused mid-session (401) is refreshed in the background and the request retried', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url(`/people/${people.bella}`));
    await signInStudent(page, people.bella);
    await page.getByRole('heading', { name: names.bella }).waitFor();
    let refused = 0;
    let refreshes = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'RefreshSession') refreshes += 1;
      if (body.operationName === 'Programme' && refused === 0) {
        refused += 1;
        await route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        });
      } else await route.continue();
    });
    await page.getByRole('link', { name: 'Programme' }).click();
    await page.getByRole('heading', { name: 'My registrations' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/programme');
    expect({ refused, refreshes }).toEqual({ refused: 1, refreshes: 1 });
    await context.close();
  });

  it('a teacher checks the student in on a 375 px phone and sees the photo-refusal warning', async () => {
    await call(
      stack,
      admin,
      `mutation($e: ID!, $p: ID!) { assignEventRole(eventId: $e, personId: $p, role: TEACHER_IN_CHARGE) { errors { code } } }`,
      { e: eventId, p: people.teacher },
    );
    const { context, page, cspViolations } = await newPage(harness.browser, {
      width: 375,
      height: 812,
    });
    await signInAdult(page, 'teacher');
    await page.waitForURL(/\/check-in$/);
    await scan(page, 'check-in-events');
    await page.getByRole('link', { name: `Check in at ${title}` }).click();
    await page.getByRole('heading', { name: `Check-in: ${title}` }).waitFor();
    await page.getByLabel('Search by name or code').fill('alice');
    const row = page.locator('.door-list li', { hasText: names.alice });
    const warning = row.locator('.no-photos');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('NO PHOTOS');
    await scan(page, 'check-in');
    await screenshot(page, '11-teacher-check-in-list');
    // A flaky connection at the door: the first check-in request never reaches the server.
    let dropped = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'CheckIn' && dropped === 0) {
        dropped += 1;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    const button = row.getByRole('button', { name: `Check in ${names.alice}` });
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.click();
    await row.getByText('Checked in').waitFor();
    const outcome = page.getByRole('alert').filter({ hasText: 'is checked in' });
    await outcome.waitFor();
    await outcome.locator('.no-photos').waitFor();
    expect((await registrationOf(people.alice)).status).toBe('ATTENDED');
    expect(dropped).toBe(1); // dropped once, retried, saved
    await screenshot(page, '12-teacher-checked-in');
    // No second check-in: the button is gone, and typing her code is refused by the API.
    expect(await row.getByRole('button').count()).toBe(0);
    const code = await sql<{ check_in_code: string }>(
      stack,
      'events',
      `SELECT check_in_code FROM registration WHERE event_id = $1 AND person_id = $2`,
      [eventId, people.alice],
    );
    await page.getByLabel('Type a check-in code').fill(code[0].check_in_code);
    await page.getByRole('button', { name: 'Check in by code' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /already checked in/i })
      .waitFor();
    const before = (await registrationOf(people.alice)).checked_in_at;
    expect(before).not.toBeNull();
    // The page fits the phone: nothing scrolls sideways.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, '13-teacher-no-double-check-in');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the coordinator sees the impact chart with its table and downloads the CSV', async () => {
    const { context, page, cspViolations } = await newPage(harness.browser);
    await signInAdult(page, 'coordinator');
    await page.waitForURL(/\/dashboard$/);
    await page.getByRole('link', { name: 'Impact' }).click();
    await page.getByRole('heading', { name: /Change by aim/ }).waitFor();
    const chart = page.getByTestId('chart-by-aim');
    // the bars (the chart's own colour), drawn by ECharts as SVG paths
    await chart.locator('svg path[fill="#1d4ed8"]').first().waitFor();
    expect(await chart.locator('svg path[fill="#1d4ed8"]').count()).toBeGreaterThanOrEqual(2);
    await page
      .getByRole('table', { name: 'Change by aim' })
      .getByRole('rowheader', { name: /well-?being/i })
      .waitFor();
    await page
      .getByRole('table', { name: 'Change by events attended' })
      .getByRole('rowheader', { name: '4+ events' })
      .waitFor();
    await scan(page, 'impact');
    await screenshot(page, '14-coordinator-impact');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the impact report (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^impact-by-aim-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toMatch(/^academic_year,grouping,group_key,group_label,instrument,dose_band,n,/);
    expect(lines.some((l) => l.includes(',AIM,WELLBEING,'))).toBe(true);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('a student sees the waitlist offer in her notifications, with the unread count, and marks it read', async () => {
    // communications turned the offer (earlier journey) into an in-app notification
    const subject = `A place is yours at ${title}`;
    await retryUntil(
      async () =>
        (
          await sql(
            stack,
            'communications',
            `SELECT 1 FROM notification WHERE recipient_id = $1 AND subject = $2`,
            [people.alice, subject],
          )
        ).length === 1 || null,
      'offer → notification',
    );
    const { context, page, cspViolations } = await newPage(harness.browser);
    await page.goto(url('/notifications'));
    await signInStudent(page, people.alice);
    await page.waitForURL(/\/notifications$/);
    const menu = page.getByRole('navigation', { name: 'Main' });
    await menu
      .getByRole('link', { name: /Notifications/ })
      .getByLabel(/\d+ unread/)
      .waitFor();
    const card = page.locator('li.card', { hasText: subject });
    await card.getByText('Unread').waitFor();
    await scan(page, 'notifications');
    await screenshot(page, '16-student-notifications');
    await card.getByRole('button', { name: `Mark as read: ${subject}` }).click();
    await card.getByRole('button', { name: /^Mark as read/ }).waitFor({ state: 'detached' });
    const rows = await sql<{ read_at: Date | null }>(
      stack,
      'communications',
      `SELECT read_at FROM notification WHERE recipient_id = $1 AND subject = $2`,
      [people.alice, subject],
    );
    expect(rows[0].read_at).not.toBeNull();
    // a student's menu has none of the staff pages
    const links = await menu.getByRole('link').allTextContents();
    expect(links.join(' ')).not.toMatch(/Governance|Finance|API keys/);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('a Student Voice member proposes an event (a too-short reason is refused, nothing saved)', async () => {
    const groups = await call<{ governanceGroups: Array<{ id: string; kind: string }> }>(
      stack,
      admin,
      `{ governanceGroups { id kind } }`,
    );
    const voice = groups.governanceGroups.find((g) => g.kind === 'STUDENT_VOICE');
    const joined = await call<{ addGroupMember: { errors: unknown[] } }>(
      stack,
      admin,
      `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { errors { code message } } }`,
      { input: { groupId: voice?.id, personId: people.bella, role: 'MEMBER' } },
    );
    expect(joined.addGroupMember.errors).toEqual([]);
    const proposalTitle = `Eco fair ${run}`;
    const proposed = async () =>
      (
        await call<{ studentVoiceProposals: Array<{ title: string; status: string }> }>(
          stack,
          admin,
          `{ studentVoiceProposals { title status } }`,
        )
      ).studentVoiceProposals.filter((p) => p.title === proposalTitle);

    const { context, page, cspViolations } = await newPage(harness.browser);
    await page.goto(url('/proposals'));
    await page.waitForURL(/\/sign-in\?next=%2Fproposals/);
    await signInStudent(page, people.bella);
    await page.waitForURL(/\/proposals$/);
    const form = page.locator('form', { hasText: 'Propose an event' });
    await form.getByLabel('Title').fill(proposalTitle);
    await form.getByLabel('Confidence').check();
    await form.getByLabel(/^Why/).fill('Fun');
    await form.getByLabel('What students will help with').fill('Stalls and posters');
    await form.getByRole('button', { name: 'Propose' }).click();
    await form.getByRole('alert').waitFor();
    expect(await proposed()).toEqual([]);
    await form.getByLabel(/^Why/).fill('Our school wants to learn about recycling together.');
    await form.getByRole('button', { name: 'Propose' }).click();
    await page.getByText('Proposed: management will decide.').waitFor();
    await page.locator('li.card', { hasText: proposalTitle }).getByText('Proposed').waitFor();
    expect(await proposed()).toEqual([{ title: proposalTitle, status: 'PROPOSED' }]);
    await scan(page, 'proposals-student');
    await screenshot(page, '20-student-voice-proposal');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('a head sees a meeting with its quorum, minutes and the actions carried over from the last one', async () => {
    const g = await call<{ createGovernanceGroup: { group: { id: string } | null } }>(
      stack,
      admin,
      `mutation($input: CreateGovernanceGroupInput!) { createGovernanceGroup(input: $input) { group { id } errors { code message } } }`,
      {
        input: { name: `Curriculum group ${run}`, quorumRule: { kind: 'MIN_PARTNERS', value: 1 } },
      },
    );
    const groupId = g.createGovernanceGroup.group?.id ?? '';
    expect(groupId).not.toBe('');
    const schedule = async (daysFromNow: number, agenda: string[]) => {
      const r = await call<{
        scheduleMeeting: { meeting: { id: string; agenda: Array<{ id: string }> } | null };
      }>(
        stack,
        admin,
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id agenda { id } } errors { code message } } }`,
        {
          input: {
            groupId,
            startsAt: new Date(Date.now() + daysFromNow * 24 * 3600_000).toISOString(),
            place: 'Library',
            agenda,
          },
        },
      );
      expect(r.scheduleMeeting.meeting).not.toBeNull();
      return r.scheduleMeeting.meeting ?? { id: '', agenda: [] };
    };
    const first = await schedule(-14, ['Trips this term']);
    const action = `Book the coach ${run}`;
    const a = await call<{ addActionItem: { errors: unknown[] } }>(
      stack,
      admin,
      `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id } errors { code message } } }`,
      { input: { meetingId: first.id, description: action, ownerId: people.head } },
    );
    expect(a.addActionItem.errors).toEqual([]);
    const second = await schedule(-1, ['Follow-up']);
    const m = await call<{ recordMinutes: { errors: unknown[] } }>(
      stack,
      admin,
      `mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { errors { code message } } }`,
      { input: { agendaItemId: second.agenda[0].id, minutes: `Coach still to book ${run}.` } },
    );
    expect(m.recordMinutes.errors).toEqual([]);

    const { context, page, cspViolations } = await newPage(harness.browser);
    await signInAdult(page, 'head');
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    const menu = page.getByRole('navigation', { name: 'Main' });
    await menu.getByRole('link', { name: 'Governance' }).click();
    await page.getByRole('heading', { name: new RegExp(`Curriculum group ${run}`) }).waitFor();
    expect(await menu.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    await scan(page, 'governance');
    const links = page.getByRole('link', { name: new RegExp(`^Curriculum group ${run} meeting`) });
    expect(await links.count()).toBe(2);
    await links.first().click(); // newest first: the second meeting
    await page.waitForURL(new RegExp(`/governance/meetings/${second.id}$`));
    await page.getByText(`Coach still to book ${run}.`).waitFor();
    const carried = page.getByRole('table', { name: 'Actions carried over' });
    await carried.getByRole('cell', { name: action }).waitFor();
    await carried.getByRole('cell', { name: `Head ${run}` }).waitFor();
    // set at the first meeting, so not one of this meeting's own actions
    expect(await page.getByRole('table', { name: 'Actions from this meeting' }).count()).toBe(0);
    await scan(page, 'meeting');
    await screenshot(page, '17-head-meeting-carried-over');
    await page.getByRole('link', { name: 'Back to governance' }).click();
    await page.getByRole('link', { name: 'Student Voice proposals' }).click();
    await page.getByRole('heading', { name: 'Student Voice proposals' }).waitFor();
    await page.locator('li.card', { hasText: `Eco fair ${run}` }).waitFor();
    await scan(page, 'proposals');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('a finance member sees budget vs committed vs actual, levies and the audit log; a teacher is refused', async () => {
    const year = '2026-27';
    const p = await call<{ createFinancePeriod: { errors: Array<{ code: string }> } }>(
      stack,
      admin,
      `mutation($input: CreateFinancePeriodInput!) { createFinancePeriod(input: $input) { errors { code } } }`,
      { input: { academicYear: year, startsOn: '2026-09-01', endsOn: '2027-08-31' } },
    );
    expect(p.createFinancePeriod.errors.filter((e) => e.code !== 'FINANCE_DUPLICATE')).toEqual([]);
    const code = `T${run}`.toUpperCase();
    const line = await call<{ createBudgetLine: { budgetLine: { id: string } | null } }>(
      stack,
      admin,
      `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { id } errors { code message } } }`,
      { input: { academicYear: year, code, name: `Trips ${run}`, budgetedPence: 500000 } },
    );
    const budgetLineId = line.createBudgetLine.budgetLine?.id ?? '';
    expect(budgetLineId).not.toBe('');
    for (const [amountPence, status] of [
      [12345, 'PAID'],
      [20000, 'COMMITTED'],
    ] as const) {
      const e = await call<{ recordExpense: { errors: unknown[] } }>(
        stack,
        admin,
        `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { errors { code message } } }`,
        {
          input: {
            budgetLineId,
            amountPence,
            incurredOn: '2026-10-01',
            payee: 'Coach company',
            description: 'Coach',
            status,
          },
        },
      );
      expect(e.recordExpense.errors).toEqual([]);
    }

    const { context, page, cspViolations } = await newPage(harness.browser);
    await signInAdult(page, 'finance');
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Finance' })
      .click();
    await page.getByLabel('Academic year').selectOption(year);
    const row = page.getByRole('row', { name: new RegExp(`${code} Trips ${run}`) });
    await row.waitFor();
    // budget, committed, actual, remaining
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '£5,000.00',
      '£200.00',
      '£123.45',
      expect.stringMatching(/^£4,[0-9]{3}\.[0-9]{2}$/),
    ]);
    const audit = page.getByRole('table', { name: 'Audit log, oldest first' });
    await audit.getByRole('row').nth(3).waitFor(); // header + the line and the two expenses at least
    await scan(page, 'finance');
    await screenshot(page, '18-finance-report');
    expect(cspViolations).toEqual([]);
    await context.close();

    // the API refuses a teacher: the page says so instead of showing anything
    const t = await newPage(harness.browser);
    await t.page.goto(url('/finance'));
    await t.page.waitForURL(/\/sign-in\?next=%2Ffinance/);
    await signInAdult(t.page, 'teacher');
    await t.page.waitForURL(/\/finance$/);
    await t.page.getByText('You cannot see finance.').waitFor();
    expect(
      await t.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Finance' })
        .count(),
    ).toBe(0);
    await t.context.close();
  });

  it('the coordinator issues an API key (the secret shown once) and revokes it', async () => {
    const associate = await call<{ createPartner: { partner: { id: string } | null } }>(
      stack,
      admin,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code message } } }`,
      {
        input: {
          name: `Portal Museum ${run}`,
          kind: 'ASSOCIATE',
          town: 'Canterbury',
          joinedOn: '2024-09-01',
        },
      },
    );
    const partnerId = associate.createPartner.partner?.id ?? '';
    expect(partnerId).not.toBe('');
    const keyName = `Museum website ${run}`;
    const { context, page, cspViolations } = await newPage(harness.browser);
    await signInAdult(page, 'coordinator');
    await page.waitForURL(/\/dashboard$/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'API keys' })
      .click();
    await page.getByLabel('Associate partner').selectOption(partnerId);
    await page.getByLabel('Key name').fill(keyName);
    await page.getByLabel('Partners read').check();
    await page.getByRole('button', { name: 'Issue key' }).click();
    const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^ekst_live_[0-9a-f]{32}_\S+$/);
    const row = page.getByRole('row', { name: new RegExp(keyName) });
    await row.getByRole('cell', { name: 'Active' }).waitFor();
    await scan(page, 'api-keys');
    await screenshot(page, '19-coordinator-api-key-issued');
    // the secret works against the gateway until it is revoked
    const partnersWithKey = async () =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ partners { id } }' }),
      });
    const before = (await (await partnersWithKey()).json()) as { errors?: unknown[] };
    expect(before.errors).toBeUndefined();
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    await row.getByRole('cell', { name: 'Revoked' }).waitFor();
    const stored = await sql<{ revoked_at: Date | null }>(
      stack,
      'partners-governance',
      `SELECT revoked_at FROM api_key WHERE name = $1`,
      [keyName],
    );
    expect(stored[0].revoked_at).not.toBeNull();
    // every gateway refuses the key within seconds of its revocation
    await retryUntil(async () => {
      const r = await partnersWithKey();
      if (r.status === 401 || r.status === 403) return true;
      const body = (await r.json()) as { errors?: unknown[] };
      return (body.errors?.length ?? 0) > 0 || null;
    }, 'revoked key refused by the gateway');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('an adult whose address is locked out after wrong passwords sees the lock-out message', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url('/'));
    const form = page.locator('form', { hasText: 'Staff and partners' });
    await form.getByLabel('E-mail address').fill(email('forgetful'));
    await form.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('That e-mail address and password do not match').waitFor();
    // More wrong passwords (through the API, as from another device) lock the address ...
    for (let attempt = 0; attempt < 5; attempt += 1)
      await call(
        stack,
        null,
        `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { errors { code } } }`,
        { e: email('forgetful'), p: `wrong-${attempt}` },
      );
    // ... and even the right password is then refused with the lock-out message.
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByText(/Too many wrong passwords in a row: sign-in with this address is paused/)
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, '15-locked-out');
    await context.close();
  });

  it('every operation the portal sent is in its trusted-documents manifest', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(PORTAL_DIST, 'persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const trusted = new Set(Object.values(manifest).map(normalizeDocument));
    const sent = new Map(sentOperations.map((o) => [o.operationName, o.query]));
    // the journeys used sign-in, the programme, check-in, planning and impact operations
    expect(sent.size).toBeGreaterThanOrEqual(15);
    const untrusted = [...sent].filter(([, query]) => !trusted.has(normalizeDocument(query)));
    expect(untrusted.map(([name]) => name)).toEqual([]);
  });

  it('an axe-core scan of every main page finds no serious or critical violations', () => {
    expect(Object.keys(axeFindings).sort()).toEqual(
      [
        'api-keys',
        'check-in',
        'check-in-events',
        'dashboard',
        'edit-event',
        'finance',
        'governance',
        'impact',
        'meeting',
        'notifications',
        'person-refused',
        'planning',
        'programme',
        'proposals',
        'proposals-student',
        'sign-in',
      ].sort(),
    );
    expect(axeFindings).toEqual(Object.fromEntries(Object.keys(axeFindings).map((k) => [k, []])));
  });
});
