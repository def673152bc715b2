import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { devUserToken, retryUntil, TestStack } from '@ekst/testing';
import type { BrowserHarness } from './portal-fixture';
import {
  axeViolations,
  call,
  localInput,
  newPage,
  screenshot,
  seriousOrCritical,
  sql,
  startBrowserHarness,
} from './portal-fixture';

/**
 * The role pages of issue 16 in Debian's chromium against the whole platform (TestStack offset
 * 2600, ports 66xx; the portal's server on 6690): a champion's school (their students, never
 * another school's, even by URL), consent recorded and a student registered from the person page;
 * a teacher's swaps; a student answering a survey with the keyboard only; the coordinator's reach
 * and the yearly summaries; axe-core on every new page. Screenshots in .data/portal-screenshots.
 */
const PASSWORD = 'portal-roles-password-1';
const PORTAL_PORT = 6690;

/** Today in the UK plus `days` (YYYY-MM-DD), as teacher-swap judges "not in the past". */
function ukDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('the role pages in a browser', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('portal-roles', 2600, { SURVEY_WINDOW_TICK_MS: '1000' });
  let harness: BrowserHarness;
  let admin: string;
  const schools = {} as Record<'mine' | 'other', string>;
  const people = {} as Record<
    'coordinator' | 'champion' | 'teacher' | 'host' | 'alice' | 'zed',
    string
  >;
  const email = (who: string) => `${who}.${run}@portal-roles.example`;
  const names = { alice: `Alice Roles ${run}`, zed: `Zed Elsewhere ${run}` };
  const title = `Choir day ${run}`;
  let eventId: string;
  let surveyId: string;
  const axeFindings: Record<string, ReturnType<typeof seriousOrCritical>> = {};
  const url = (path: string) => `${harness.portalUrl}${path}`;

  async function scan(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    axeFindings[name] = seriousOrCritical(await axeViolations(page));
  }

  async function registerPerson(partnerId: string, input: Record<string, unknown>) {
    const r = await call<{ registerPerson: { person: { id: string } | null; errors: unknown[] } }>(
      stack,
      admin,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
      { input: { partnerId, ...input } },
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

  async function setPassword(personId: string): Promise<void> {
    const s = await call<{ redeemSignInCode: { session: { accessToken: string } | null } }>(
      stack,
      null,
      `mutation($c: String!) { redeemSignInCode(code: $c) { session { accessToken } errors { code } } }`,
      { c: await signInCode(personId) },
    );
    const r = await call<{ setPassword: { errors: unknown[] } }>(
      stack,
      s.redeemSignInCode.session!.accessToken,
      `mutation($p: String!) { setPassword(newPassword: $p) { errors { code } } }`,
      { p: PASSWORD },
    );
    expect(r.setPassword.errors).toEqual([]);
  }

  async function signInAdult(page: Page, who: 'coordinator' | 'champion' | 'teacher') {
    await page.getByLabel('E-mail address').fill(email(who));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** The menu's entries, once the signed-in layout shows it (Notifications is everyone's). */
  async function menuLinks(page: Page): Promise<string[]> {
    const menu = page.getByRole('navigation', { name: 'Main' });
    await menu.getByRole('link', { name: /Notifications/ }).waitFor();
    return (await menu.getByRole('link').allInnerTexts()).map((t) =>
      t.replace(/\s+\d+ unread.*$/s, '').trim(),
    );
  }

  beforeAll(async () => {
    await stack.start();
    harness = await startBrowserHarness(stack, PORTAL_PORT);
    admin = await devUserToken({ sub: randomUUID(), roles: ['COORDINATOR'] });
    for (const [key, name, kind, lat, lng] of [
      ['mine', 'Roles Academy', 'STATE', 51.2802, 1.0789],
      ['other', 'Other College', 'INDEPENDENT', 51.2985, 1.1304],
    ] as const) {
      const p = await call<{ createPartner: { partner: { id: string } } }>(
        stack,
        admin,
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
        {
          input: {
            name: `${name} ${run}`,
            kind,
            town: 'Canterbury',
            joinedOn: '2019-09-01',
            latitude: lat,
            longitude: lng,
          },
        },
      );
      schools[key] = p.createPartner.partner.id;
    }
    await retryUntil(
      async () =>
        (
          await sql(stack, 'people', `SELECT 1 FROM partner_projection WHERE id = ANY($1)`, [
            Object.values(schools),
          ])
        ).length === 2 || null,
      'partners → people',
    );
    const ids = await Promise.all([
      registerPerson(schools.mine, {
        displayName: `Coordinator ${run}`,
        roles: ['COORDINATOR'],
        email: email('coordinator'),
      }),
      registerPerson(schools.mine, {
        displayName: `Champion ${run}`,
        roles: ['CHAMPION'],
        email: email('champion'),
      }),
      registerPerson(schools.mine, {
        displayName: `Visiting Teacher ${run}`,
        roles: ['TEACHER'],
        email: email('teacher'),
      }),
      registerPerson(schools.other, {
        displayName: `Host Teacher ${run}`,
        roles: ['TEACHER'],
      }),
      registerPerson(schools.mine, {
        displayName: names.alice,
        roles: ['STUDENT'],
        yearGroup: 10,
      }),
      registerPerson(schools.other, {
        displayName: names.zed,
        roles: ['STUDENT'],
        yearGroup: 10,
      }),
    ]);
    (['coordinator', 'champion', 'teacher', 'host', 'alice', 'zed'] as const).forEach(
      (who, i) => (people[who] = ids[i]),
    );
    await Promise.all(
      (['coordinator', 'champion', 'teacher'] as const).map((who) => setPassword(people[who])),
    );
    await Promise.all([eventWithSurvey(), proposedSwap()]);
    await retryUntil(
      async () =>
        (
          await sql(stack, 'events', `SELECT 1 FROM person_projection WHERE id = ANY($1)`, [
            Object.values(people),
          ])
        ).length === Object.values(people).length || null,
      'people → events',
    );
  }, 360000);

  /** An event at the champion's school, and its PRE survey (evaluation hears of the event first). */
  async function eventWithSurvey() {
    const start = new Date(Date.now() + 3 * 24 * 3600_000);
    const created = await retryUntil(async () => {
      const r = await call<{ createEvent: { event: { id: string } | null } }>(
        stack,
        admin,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code } } }`,
        {
          input: {
            title,
            kind: 'CHOIR',
            audience: 'STUDENTS',
            yearGroups: [10],
            hostPartnerId: schools.mine,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
            aims: ['CONFIDENCE'],
            capacity: 20,
          },
        },
      );
      return r.createEvent.event?.id;
    }, 'partner → events');
    eventId = created;
    await call(stack, admin, `mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, {
      id: eventId,
    });
    // Publication opens the PRE survey by itself (evaluation's survey-windows job), on the
    // instrument of the students' age band: Stirling for year 10.
    surveyId = await retryUntil(
      async () => {
        const r = await call<{
          surveys: { id: string; phase: string; status: string; instrument: string }[];
        }>(
          stack,
          admin,
          `query($eventId: ID!) { surveys(eventId: $eventId) { id phase status instrument } }`,
          { eventId },
        );
        return r.surveys.find((x) => x.phase === 'PRE' && x.status === 'OPEN')?.id;
      },
      'publication → an open PRE survey',
      { timeoutMs: 60000 },
    );
  }

  /** A swap: the champion's colleague offers, a teacher at the other school asks to host. */
  async function proposedSwap() {
    const listing = { subjects: ['Physics'], phase: 'KS4', availableFrom: ukDate(1) };
    const teacherToken = await devUserToken({
      sub: people.teacher,
      roles: ['TEACHER'],
      partnerId: schools.mine,
    });
    const hostToken = await devUserToken({
      sub: people.host,
      roles: ['TEACHER'],
      partnerId: schools.other,
    });
    await retryUntil(async () => {
      const r = await call<{ createSwapOffer: { swapOffer: { id: string } | null } }>(
        stack,
        teacherToken,
        `mutation($input: CreateSwapOfferInput!) { createSwapOffer(input: $input) { swapOffer { id } errors { code } } }`,
        { input: { ...listing, availableTo: ukDate(20), maxTravelMiles: 20 } },
      );
      return r.createSwapOffer.swapOffer?.id;
    }, 'people → teacher-swap (offer)');
    await retryUntil(async () => {
      const r = await call<{ createSwapRequest: { swapRequest: { id: string } | null } }>(
        stack,
        hostToken,
        `mutation($input: CreateSwapRequestInput!) { createSwapRequest(input: $input) { swapRequest { id } errors { code } } }`,
        { input: { ...listing, availableTo: ukDate(20), maxTravelMiles: 20 } },
      );
      return r.createSwapRequest.swapRequest?.id;
    }, 'people → teacher-swap (request)');
    const round = await call<{ runMatchingRound: { proposed: Array<{ id: string }> } }>(
      stack,
      admin,
      `mutation { runMatchingRound { proposed { id } errors { code } } }`,
    );
    expect(round.runMatchingRound.proposed).toHaveLength(1);
  }

  afterAll(async () => {
    await harness?.close();
    await stack.dispose();
  });

  it('a champion sees their school’s students (never another school’s, even by URL), records consent and registers a student', async () => {
    const { context, page, cspViolations } = await newPage(harness.browser);
    await page.goto(url('/my-school'));
    await page.waitForURL(/\/sign-in/);
    await signInAdult(page, 'champion');
    await page.waitForURL(/\/my-school$/);
    const menu = await menuLinks(page);
    expect(menu).toEqual(expect.arrayContaining(['My school', 'Reach']));
    expect(menu).not.toEqual(expect.arrayContaining(['My surveys']));
    expect(menu).not.toContain('API keys');
    await page.getByRole('link', { name: names.alice }).waitFor();
    expect(await page.getByText(names.zed).count()).toBe(0);
    await scan(page, 'my-school');
    await screenshot(page, 'roles-01-champion-my-school');

    await page.getByLabel('Search by name').fill('nobody-like-this');
    await page.getByText('Nobody on this page has a name like that.').waitFor();
    await page.getByLabel('Search by name').fill('alice roles');
    await page.getByRole('link', { name: names.alice }).click();
    await page.getByRole('heading', { name: names.alice }).waitFor();
    await page.getByRole('heading', { name: 'Consent', exact: true }).waitFor();

    // Consent: a parent's photo consent on paper.
    await page.getByLabel('What about', { exact: true }).selectOption('PHOTO_PUBLICITY');
    await page.getByLabel('Decision', { exact: true }).selectOption('GRANTED');
    await page.getByLabel('Given by', { exact: true }).selectOption('PARENT_CARER');
    await page.getByLabel('Parent or carer’s name').fill('Pat Parent');
    await page.getByLabel('How it was made known', { exact: true }).selectOption('PAPER');
    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByRole('status').filter({ hasText: 'Consent recorded.' }).waitFor();
    await page
      .getByRole('list', { name: 'Consent records' })
      .getByText(/Pat Parent/)
      .waitFor();
    const consent = await sql<{ decision: string; given_by: string }>(
      stack,
      'people',
      `SELECT decision, given_by FROM consent_record WHERE person_id = $1`,
      [people.alice],
    );
    expect(consent).toEqual([{ decision: 'GRANTED', given_by: 'PARENT_CARER' }]);

    // Registering the student for the event.
    await page.getByLabel('Event', { exact: true }).selectOption(eventId);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${names.alice} has a place.` })
      .waitFor();
    const regs = await sql<{ status: string }>(
      stack,
      'events',
      `SELECT status FROM registration WHERE event_id = $1 AND person_id = $2`,
      [eventId, people.alice],
    );
    expect(regs).toEqual([{ status: 'REGISTERED' }]);
    await scan(page, 'person-records');
    await screenshot(page, 'roles-02-champion-student-page');

    // Another school's student by URL: nothing of theirs.
    await page.goto(url(`/people/${people.zed}`));
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(names.zed);
    await screenshot(page, 'roles-03-champion-other-school');

    // Reach: the champion's own row only (the API's scope), no partnership total.
    await page.goto(url('/reach'));
    await page.getByRole('heading', { name: 'Reach' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('table', { name: 'The partnership' }).count()).toBe(0);
    await scan(page, 'reach');
    await screenshot(page, 'roles-04-champion-reach');
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 60000);

  it('a teacher sees their swap and the open offers; a student cannot see swaps', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url('/swaps'));
    await page.waitForURL(/\/sign-in/);
    await signInAdult(page, 'teacher');
    await page.waitForURL(/\/swaps$/);
    const menu = await menuLinks(page);
    expect(menu).toEqual(
      expect.arrayContaining(['Teacher swaps', 'Subject clusters', 'My school']),
    );
    expect(menu).not.toContain('Reach');
    const swaps = page.getByRole('list', { name: 'Swaps' });
    await swaps.getByText('Physics (KS4)').waitFor();
    await swaps.getByText(/Proposed/).waitFor();
    await swaps.getByText(`Visiting Teacher ${run}`).waitFor();
    await page.getByRole('list', { name: 'Open offers' }).getByText('Your offer').waitFor();
    await scan(page, 'swaps');
    await screenshot(page, 'roles-05-teacher-swaps');

    await page.getByRole('link', { name: 'Subject clusters' }).click();
    await page.getByRole('heading', { name: 'Subject clusters' }).waitFor();
    await page.getByText('No subject clusters yet.').waitFor();
    await scan(page, 'clusters');
    await context.close();
  }, 60000);

  it('a student answers a survey with the keyboard only', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url('/surveys'));
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Sign-in code from your school').fill(await signInCode(people.alice));
    await page.getByRole('button', { name: 'Sign in with code' }).click();
    await page.waitForURL(/\/surveys$/);
    expect(await menuLinks(page)).toContain('My surveys');
    expect(await menuLinks(page)).not.toContain('My school');
    await page.getByRole('heading', { name: `${title} (before the event)` }).waitFor();
    await scan(page, 'surveys');
    await screenshot(page, 'roles-06-student-survey');

    // Tab from the top of the page to the first statement's first point.
    const focused = () =>
      page.evaluate(`(() => {
        const e = document.activeElement;
        return e ? (e.getAttribute('name') ?? e.tagName) + ':' + (e.value ?? '') : '';
      })()`) as Promise<string>;
    for (let i = 0; i < 60 && (await focused()) !== 'item-0:1'; i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('item-0:1');
    // every statement of the instrument (Stirling has 12), answered 4, 5, 3, 4, 5, 3, …
    const statements = await page.locator('form fieldset').count();
    expect(statements).toBeGreaterThanOrEqual(3);
    const wanted = Array.from({ length: statements }, (_, i) => [4, 5, 3][i % 3]);
    for (const [n, value] of wanted.entries()) {
      expect(await focused()).toBe(`item-${n}:1`);
      await page.keyboard.press('Space'); // 1
      for (let k = 1; k < value; k++) await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe(`item-${n}:${value}`);
      await page.keyboard.press('Tab'); // the next statement (a radio group is one tab stop)
    }
    expect(await focused()).toBe('reflection:');
    await page.keyboard.type('Sing in the school choir');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'your answers' }).waitFor();
    await screenshot(page, 'roles-07-student-survey-sent');
    const rows = await sql<{ answers: unknown; reflection: string }>(
      stack,
      'evaluation',
      `SELECT answers, reflection FROM survey_response WHERE survey_id = $1`,
      [surveyId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].reflection).toBe('Sing in the school choir');
    expect(JSON.stringify(rows[0].answers)).toMatch(/4\D+5\D+3/);
    await page.reload();
    await page.getByRole('heading', { name: 'Answered or closed' }).waitFor();
    await page.getByText(/answered/).waitFor();

    // Swaps are not a student's to see: the API's FORBIDDEN, nothing else.
    await page.goto(url('/swaps'));
    await page.getByText('You cannot see swaps.').waitFor();
    expect(await page.getByText('Physics').count()).toBe(0);
    await context.close();
  }, 60000);

  it('the coordinator tags and clears a student’s words for the annual report, never seeing a name; a champion sees none (fewer than 10 answered)', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url('/voices'));
    await page.waitForURL(/\/sign-in/);
    await signInAdult(page, 'champion');
    await page.waitForURL(/\/voices$/);
    expect(await menuLinks(page)).toContain('Student voices');
    // Alice's school: one answer of the survey, below the 10 that let a school be shown
    await page.getByText('No quotes match.').waitFor();
    expect(await page.getByText('Sing in the school choir').count()).toBe(0);
    await context.close();

    const coordinator = await newPage(harness.browser);
    const p = coordinator.page;
    await p.goto(url('/voices'));
    await p.waitForURL(/\/sign-in/);
    await signInAdult(p, 'coordinator');
    await p.waitForURL(/\/voices$/);
    const quote = p.locator('li.card', { hasText: 'Sing in the school choir' });
    await quote.waitFor();
    await expect(quote.textContent()).resolves.toContain(`Before ${title}`);
    // pseudonymous: neither the student's name nor (one answer) her school
    const pageText = (await p.locator('main').textContent()) ?? '';
    expect(pageText).not.toContain(names.alice);
    expect(pageText).not.toContain(people.alice);
    await scan(p, 'voices');
    await quote.getByLabel('Themes (comma-separated)').fill('Music, Confidence');
    await quote.getByRole('button', { name: 'Clear for the annual report' }).click();
    await quote.getByText('Cleared for the annual report', { exact: true }).waitFor();
    await quote.getByText('Themes: music, confidence').waitFor();
    const annotations = await sql<{ publishable: boolean; themes: string[] }>(
      stack,
      'evaluation',
      `SELECT a.publishable, a.themes FROM student_voice_annotation a
         JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = $1`,
      [surveyId],
    );
    expect(annotations).toEqual([{ publishable: true, themes: ['music', 'confidence'] }]);
    // the filter of cleared quotes finds it
    await p.getByLabel('Cleared for the annual report only').check();
    await quote.waitFor();
    await screenshot(p, 'roles-09-coordinator-voices');
    await coordinator.context.close();
  }, 60000);

  it('the coordinator sees reach with the partnership total, the yearly summaries, and planning with copy', async () => {
    const { context, page } = await newPage(harness.browser);
    await page.goto(url('/reach'));
    await page.waitForURL(/\/sign-in/);
    await signInAdult(page, 'coordinator');
    await page.waitForURL(/\/reach$/);
    await page.getByRole('heading', { name: 'Reach' }).waitFor();
    await page.waitForLoadState('networkidle');
    await scan(page, 'reach-coordinator');
    await page.goto(url('/impact-summaries'));
    await page.getByRole('heading', { name: 'Impact summaries' }).waitFor();
    await scan(page, 'impact-summaries');
    await screenshot(page, 'roles-08-coordinator-summaries');

    await page.goto(url('/planning'));
    const card = page.locator('li.card', { hasText: title }).first();
    await card
      .getByLabel(`New start for a copy of ${title}`)
      .fill(localInput(new Date(Date.now() + 30 * 24 * 3600_000)));
    await card.getByRole('button', { name: `Copy ${title}` }).click();
    await card.getByText(`A draft copy of ${title} is saved.`).waitFor();
    const copies = await sql<{ status: string }>(
      stack,
      'events',
      `SELECT status FROM event WHERE title = $1 AND id <> $2`,
      [title, eventId],
    );
    expect(copies).toEqual([{ status: 'DRAFT' }]);
    await scan(page, 'planning-copy');
    await context.close();
  }, 60000);

  it('axe-core finds no serious or critical violation on any new page', () => {
    expect(Object.keys(axeFindings).sort()).toEqual(
      [
        'clusters',
        'impact-summaries',
        'my-school',
        'person-records',
        'planning-copy',
        'reach',
        'reach-coordinator',
        'surveys',
        'swaps',
        'voices',
      ].sort(),
    );
    expect(axeFindings).toEqual(Object.fromEntries(Object.keys(axeFindings).map((k) => [k, []])));
  });
});
