import { randomUUID } from 'node:crypto';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { partnersGovernanceModule } from '../src/module';

/**
 * Membership over time, the MoU, term calendars, associates and priorities on the real subgraph
 * (real Postgres, real Kafka behind the outbox): each mutation's success, its typed errors that
 * change nothing, and the roles it refuses.
 */
const ERR = 'errors { field code message }';
const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERR} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePartnerInput!) {
  updatePartner(id: $id, input: $input) { partner { id name kind sector town location { lat lng } } ${ERR} } }`;
const LEAVE = `mutation($p: ID!, $on: String!, $why: String!) {
  recordPartnerLeaving(partnerId: $p, leftOn: $on, reason: $why) {
    partner { id status joinedOn leftOn membershipPeriods { joinedOn leftOn leavingReason } } ${ERR} } }`;
const REJOIN = `mutation($p: ID!, $on: String!) {
  recordPartnerRejoining(partnerId: $p, joinedOn: $on) {
    partner { id status joinedOn leftOn membershipPeriods { joinedOn leftOn } } ${ERR} } }`;
const PUBLISH = `mutation($input: PublishMouVersionInput!) {
  publishMouVersion(input: $input) { mouVersion { id isCurrent } ${ERR} } }`;
const SIGN = `mutation($input: SignMouInput!) {
  signMou(input: $input) { signature { id signerRole signedOn signedBy { id } partner { id } mouVersion { id } } ${ERR} } }`;
const CALENDAR = `mutation($input: SetTermCalendarInput!) {
  setTermCalendar(input: $input) { entries { kind startsOn endsOn label } ${ERR} } }`;
const APPLY = `mutation($input: AssociateApplicationInput!) {
  recordAssociateApplication(input: $input) { application { id status } ${ERR} } }`;
const DECIDE = `mutation($input: DecideAssociateApplicationInput!) {
  decideAssociateApplication(input: $input) { application { id status decisionReason partner { id kind status } } ${ERR} } }`;
const CONTRIBUTE = `mutation($input: RecordContributionInput!) {
  recordContribution(input: $input) { contribution { id kind amountPence academicYear eventId } ${ERR} } }`;
const PRIORITIES = `mutation($input: SetPrioritiesInput!) {
  setPriorities(input: $input) { priorities { title aims position } ${ERR} } }`;

type Errors = Array<{ field: string | null; code: string; message: string }>;

describe('partners-governance: membership, MoU, calendars, associates, priorities', () => {
  let sg: TestSubgraph;
  const coordinator = testCaller(['COORDINATOR']);

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: uniqueTopicPrefix(),
      cleanTopics: true,
    });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  /** Every table this part writes, and the outbox: a refused mutation leaves them all as they were. */
  async function snapshot(): Promise<unknown> {
    return sg.running.dataSource.query(`
      SELECT (SELECT json_agg(p ORDER BY id) FROM partner p) AS partners,
             (SELECT json_agg(m ORDER BY id) FROM partner_membership_period m) AS periods,
             (SELECT json_agg(v ORDER BY id) FROM mou_version v) AS versions,
             (SELECT json_agg(s ORDER BY id) FROM mou_signature s) AS signatures,
             (SELECT json_agg(t ORDER BY id) FROM term_calendar_entry t) AS calendars,
             (SELECT json_agg(a ORDER BY id) FROM associate_application a) AS applications,
             (SELECT json_agg(c ORDER BY id) FROM associate_contribution c) AS contributions,
             (SELECT json_agg(x ORDER BY id) FROM priority x) AS priorities,
             (SELECT count(*)::int FROM outbox) AS outbox`);
  }

  async function outboxTypes(aggregateId: string): Promise<string[]> {
    const rows = (await sg.running.dataSource.query(
      `SELECT envelope->>'type' AS type FROM outbox WHERE message_key = $1 ORDER BY id`,
      [aggregateId],
    )) as Array<{ type: string }>;
    return rows.map((r) => r.type);
  }

  async function newPartner(name: string, kind = 'STATE', joinedOn = '2024-09-01') {
    const r = await sg.query<{ createPartner: { partner: { id: string } } }>(CREATE, {
      input: { name, kind, town: 'Margate', latitude: 51.38, longitude: 1.38, joinedOn },
    });
    expect(r.errors).toBeUndefined();
    return r.data!.createPartner.partner.id;
  }

  async function expectRefusedUnchanged(
    query: string,
    variables: Record<string, unknown>,
    caller = coordinator,
  ): Promise<Errors> {
    const before = await snapshot();
    const res = await sg.query<Record<string, { errors: Errors }>>(query, variables, caller);
    expect(res.errors).toBeUndefined();
    const errors = Object.values(res.data!)[0].errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    return errors;
  }

  async function expectForbiddenUnchanged(
    query: string,
    variables: Record<string, unknown>,
    caller: ReturnType<typeof testCaller>,
  ): Promise<void> {
    const before = await snapshot();
    const res = await sg.query(query, variables, caller);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  }

  describe('partners over time', () => {
    it('updates a partner and announces PartnerUpdated', async () => {
      const id = await newPartner('Hartsdown Academy');
      const res = await sg.query<{ updatePartner: { partner: unknown; errors: Errors } }>(UPDATE, {
        id,
        input: { name: 'Hartsdown Park', kind: 'SELECTIVE', latitude: null, longitude: null },
      });
      expect(res.data!.updatePartner).toEqual({
        partner: {
          id,
          name: 'Hartsdown Park',
          kind: 'SELECTIVE',
          sector: 'STATE',
          town: 'Margate',
          location: null,
        },
        errors: [],
      });
      expect(await outboxTypes(id)).toEqual(['PartnerJoined', 'PartnerUpdated']);
    });

    it('refuses an update with typed errors and changes nothing', async () => {
      const id = await newPartner('Royal Harbour Academy');
      await newPartner('Ursuline College');
      expect(
        await expectRefusedUnchanged(UPDATE, { id: randomUUID(), input: { town: 'Deal' } }),
      ).toEqual([{ field: 'id', code: 'NOT_FOUND', message: 'no partner with this id' }]);
      expect(
        await expectRefusedUnchanged(UPDATE, { id, input: { name: 'ursuline college' } }),
      ).toMatchObject([{ code: 'DUPLICATE', field: 'name' }]);
      expect(await expectRefusedUnchanged(UPDATE, { id, input: { latitude: 51.3 } })).toMatchObject(
        [{ code: 'INVALID', field: 'latitude' }],
      );
      await expectForbiddenUnchanged(
        UPDATE,
        { id, input: { town: 'Deal' } },
        testCaller(['HEAD'], { partnerId: id }),
      );
    });

    it('records leaving and rejoining as periods; status and dates follow the latest', async () => {
      const id = await newPartner('Chatham House Grammar', 'SELECTIVE', '2020-09-01');
      const left = await sg.query<{ recordPartnerLeaving: { partner: unknown; errors: Errors } }>(
        LEAVE,
        { p: id, on: '2023-07-31', why: 'Funding ended' },
      );
      expect(left.data!.recordPartnerLeaving).toEqual({
        partner: {
          id,
          status: 'LEFT',
          joinedOn: '2020-09-01',
          leftOn: '2023-07-31',
          membershipPeriods: [
            { joinedOn: '2020-09-01', leftOn: '2023-07-31', leavingReason: 'Funding ended' },
          ],
        },
        errors: [],
      });
      const back = await sg.query<{ recordPartnerRejoining: { partner: unknown } }>(REJOIN, {
        p: id,
        on: '2024-09-01',
      });
      expect(back.data!.recordPartnerRejoining.partner).toEqual({
        id,
        status: 'ACTIVE',
        joinedOn: '2024-09-01',
        leftOn: null,
        membershipPeriods: [
          { joinedOn: '2020-09-01', leftOn: '2023-07-31' },
          { joinedOn: '2024-09-01', leftOn: null },
        ],
      });
      expect(await outboxTypes(id)).toEqual(['PartnerJoined', 'PartnerLeft', 'PartnerJoined']);
      const [left1] = (await sg.running.dataSource.query(
        `SELECT envelope->'payload' AS p FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'PartnerLeft'`,
        [id],
      )) as Array<{ p: unknown }>;
      expect(left1.p).toEqual({ partnerId: id, leftOn: '2023-07-31' });

      // what others see of the periods: the dates, not the reason
      const seen = await sg.query<{
        partner: { membershipPeriods: Array<{ leavingReason: string | null }> };
      }>(
        `query($id: ID!) { partner(id: $id) { membershipPeriods { leavingReason } } }`,
        { id },
        testCaller(['TEACHER']),
      );
      expect(seen.data!.partner.membershipPeriods.map((p) => p.leavingReason)).toEqual([
        null,
        null,
      ]);
      expect(
        (
          await sg.query<{ partners: Array<{ id: string }> }>(`{ partners(status: ACTIVE) { id } }`)
        ).data!.partners.map((p) => p.id),
      ).toContain(id);
    });

    it('refuses overlapping periods, leaving twice, bad dates and unknown partners, changing nothing', async () => {
      const id = await newPartner('Dane Court Grammar', 'SELECTIVE', '2021-09-01');
      expect(await expectRefusedUnchanged(REJOIN, { p: id, on: '2025-01-01' })).toMatchObject([
        { code: 'OVERLAPPING_PERIOD', field: 'joinedOn' },
      ]);
      expect(
        await expectRefusedUnchanged(LEAVE, { p: id, on: '2021-08-31', why: 'Closed' }),
      ).toMatchObject([{ code: 'INVALID', field: 'leftOn' }]);
      expect(
        await expectRefusedUnchanged(LEAVE, { p: id, on: '2025-13-01', why: 'Closed' }),
      ).toMatchObject([{ code: 'INVALID', field: 'leftOn' }]);
      expect(
        await expectRefusedUnchanged(LEAVE, { p: randomUUID(), on: '2025-07-31', why: 'Closed' }),
      ).toMatchObject([{ code: 'NOT_FOUND', field: 'partnerId' }]);
      await sg.query(LEAVE, { p: id, on: '2025-07-31', why: 'Merged' });
      expect(
        await expectRefusedUnchanged(LEAVE, { p: id, on: '2025-08-31', why: 'Again' }),
      ).toMatchObject([{ code: 'ALREADY_LEFT' }]);
      expect(await expectRefusedUnchanged(REJOIN, { p: id, on: '2025-07-31' })).toMatchObject([
        { code: 'OVERLAPPING_PERIOD' },
      ]);
      for (const role of ['HEAD', 'CHAMPION', 'STUDENT'] as const) {
        await expectForbiddenUnchanged(
          REJOIN,
          { p: id, on: '2026-09-01' },
          testCaller([role], { partnerId: id }),
        );
        await expectForbiddenUnchanged(
          LEAVE,
          { p: id, on: '2026-09-01', why: 'x' },
          testCaller([role], { partnerId: id }),
        );
      }
    });
  });

  describe('MoU', () => {
    it('publishes versions (one current), signs once per partner, and lists who has not signed', async () => {
      const a = await newPartner('St Lawrence College', 'INDEPENDENT');
      const b = await newPartner('King Ethelbert School');
      expect(
        await expectRefusedUnchanged(SIGN, { input: { partnerId: a, signerRole: 'Head' } }),
      ).toMatchObject([{ code: 'NO_CURRENT_MOU' }]);
      const v1 = await sg.query<{ publishMouVersion: { mouVersion: { id: string } } }>(PUBLISH, {
        input: {
          title: 'MoU 2024',
          body: 'We agree…',
          effectiveFrom: '2024-09-01',
          renewalDueOn: '2026-07-31',
        },
      });
      const v2 = await sg.query<{
        publishMouVersion: { mouVersion: { id: string; isCurrent: boolean } };
      }>(PUBLISH, {
        input: {
          title: 'MoU 2026',
          documentRef: 'sharepoint://mou-2026.pdf',
          effectiveFrom: '2026-09-01',
          renewalDueOn: '2029-07-31',
        },
      });
      const current = v2.data!.publishMouVersion.mouVersion;
      expect(current.isCurrent).toBe(true);
      const versions = await sg.query<{ mouVersions: Array<{ id: string; isCurrent: boolean }> }>(
        `{ mouVersions { id isCurrent } }`,
      );
      expect(versions.data!.mouVersions.filter((v) => v.isCurrent).map((v) => v.id)).toEqual([
        current.id,
      ]);
      expect(versions.data!.mouVersions.map((v) => v.id)).toContain(
        v1.data!.publishMouVersion.mouVersion.id,
      );

      const headOfA = testCaller(['HEAD'], { partnerId: a, subject: randomUUID() });
      const signed = await sg.query<{
        signMou: { signature: Record<string, unknown>; errors: Errors };
      }>(
        SIGN,
        { input: { partnerId: a, signerRole: 'Headmaster', signedOn: '2026-09-10' } },
        headOfA,
      );
      expect(signed.data!.signMou).toEqual({
        signature: {
          id: expect.any(String),
          signerRole: 'Headmaster',
          signedOn: '2026-09-10',
          signedBy: { id: headOfA.subject },
          partner: { id: a },
          mouVersion: { id: current.id },
        },
        errors: [],
      });
      expect(await outboxTypes(a)).toEqual(['PartnerJoined', 'MouSigned']);

      expect(
        await expectRefusedUnchanged(SIGN, { input: { partnerId: a, signerRole: 'Chair' } }),
      ).toEqual([
        {
          field: 'partnerId',
          code: 'ALREADY_SIGNED',
          message: 'this partner has already signed the current MoU',
        },
      ]);
      expect(
        await expectRefusedUnchanged(SIGN, {
          input: { partnerId: randomUUID(), signerRole: 'Chair' },
        }),
      ).toMatchObject([{ code: 'NOT_FOUND' }]);
      expect(
        await expectRefusedUnchanged(SIGN, {
          input: { partnerId: b, signerRole: 'Chair', signedOn: '2026-02-30' },
        }),
      ).toMatchObject([{ code: 'INVALID', field: 'signedOn' }]);
      // a head signs for their own partner only; champions and students not at all
      await expectForbiddenUnchanged(
        SIGN,
        { input: { partnerId: b, signerRole: 'Head' } },
        headOfA,
      );
      await expectForbiddenUnchanged(
        SIGN,
        { input: { partnerId: b, signerRole: 'Head' } },
        testCaller(['CHAMPION'], { partnerId: b }),
      );
      await expectForbiddenUnchanged(
        PUBLISH,
        { input: { title: 'Mine', body: 'x', effectiveFrom: '2026-01-01' } },
        testCaller(['HEAD'], { partnerId: b }),
      );
      expect(
        await expectRefusedUnchanged(PUBLISH, {
          input: { title: 'Bad', effectiveFrom: '2026-09-01', effectiveTo: '2026-01-01' },
        }),
      ).toMatchObject([{ field: 'body' }, { field: 'effectiveTo' }]);

      const flags = await sg.query<{
        a: { mouSigned: boolean };
        b: { mouSigned: boolean; mouSignature: null };
      }>(
        `query($a: ID!, $b: ID!) { a: partner(id: $a) { mouSigned } b: partner(id: $b) { mouSigned mouSignature { id } } }`,
        { a, b },
      );
      expect(flags.data).toEqual({
        a: { mouSigned: true },
        b: { mouSigned: false, mouSignature: null },
      });
      const unsigned = await sg.query<{ partnersWithoutMouSignature: Array<{ id: string }> }>(
        `{ partnersWithoutMouSignature { id } }`,
      );
      const ids = unsigned.data!.partnersWithoutMouSignature.map((p) => p.id);
      expect(ids).toContain(b);
      expect(ids).not.toContain(a);
      const forbidden = await sg.query(
        `{ partnersWithoutMouSignature { id } }`,
        {},
        testCaller(['HEAD'], { partnerId: a }),
      );
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const studentSees = await sg.query<{ partner: { mouSignature: unknown } | null }>(
        `query($a: ID!) { partner(id: $a) { mouSignature { id } } }`,
        { a },
        testCaller(['STUDENT'], { partnerId: a }),
      );
      expect(studentSees.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(studentSees.data!.partner).toEqual({ mouSignature: null });

      const due = await sg.query<{ mouRenewalsDue: Array<{ id: string }> }>(
        `{ mouRenewalsDue(withinDays: 3650) { id } }`,
      );
      expect(due.data!.mouRenewalsDue.map((v) => v.id)).toEqual([current.id]);
    });
  });

  describe('term calendars', () => {
    it('lets a champion of the partner replace its year; announces TermCalendarChanged with the dates', async () => {
      const id = await newPartner('Simon Langton Grammar', 'SELECTIVE');
      const champion = testCaller(['CHAMPION'], { partnerId: id });
      const input = {
        partnerId: id,
        academicYear: '2026-27',
        entries: [
          {
            kind: 'INSET_DAY',
            startsOn: '2026-11-02',
            endsOn: '2026-11-02',
            label: 'Staff training',
          },
          { kind: 'TERM', startsOn: '2026-09-03', endsOn: '2026-12-18' },
        ],
      };
      const res = await sg.query<{ setTermCalendar: { entries: unknown[]; errors: Errors } }>(
        CALENDAR,
        { input },
        champion,
      );
      expect(res.data!.setTermCalendar).toEqual({
        entries: [
          { kind: 'TERM', startsOn: '2026-09-03', endsOn: '2026-12-18', label: null },
          {
            kind: 'INSET_DAY',
            startsOn: '2026-11-02',
            endsOn: '2026-11-02',
            label: 'Staff training',
          },
        ],
        errors: [],
      });
      await sg.query(CALENDAR, { input: { ...input, entries: [input.entries[0]] } });
      const read = await sg.query<{ partner: { termCalendar: Array<{ kind: string }> } }>(
        `query($id: ID!) { partner(id: $id) { termCalendar(academicYear: "2026-27") { kind } } }`,
        { id },
        testCaller(['TEACHER'], { partnerId: randomUUID() }),
      );
      expect(read.data!.partner.termCalendar).toEqual([{ kind: 'INSET_DAY' }]);
      const [last] = (await sg.running.dataSource.query(
        `SELECT envelope->'payload' AS p FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'TermCalendarChanged' ORDER BY id DESC LIMIT 1`,
        [id],
      )) as Array<{ p: unknown }>;
      expect(last.p).toEqual({
        partnerId: id,
        academicYear: '2026-27',
        entries: [
          {
            kind: 'INSET_DAY',
            startsOn: '2026-11-02',
            endsOn: '2026-11-02',
            label: 'Staff training',
          },
        ],
      });

      // bad dates, a bad year, an unknown partner: typed errors, nothing changed
      expect(
        await expectRefusedUnchanged(CALENDAR, {
          input: {
            ...input,
            entries: [{ kind: 'HOLIDAY', startsOn: '2026-12-21', endsOn: '2026-12-20' }],
          },
        }),
      ).toMatchObject([{ code: 'INVALID', field: 'entries.0.endsOn' }]);
      expect(
        await expectRefusedUnchanged(CALENDAR, {
          input: {
            ...input,
            entries: [{ kind: 'HOLIDAY', startsOn: '2027-08-01', endsOn: '2027-08-02' }],
          },
        }),
      ).toMatchObject([{ code: 'INVALID', field: 'entries.0.startsOn' }]);
      expect(
        await expectRefusedUnchanged(CALENDAR, { input: { ...input, academicYear: '2026-28' } }),
      ).toMatchObject([{ code: 'INVALID', field: 'academicYear' }]);
      expect(
        await expectRefusedUnchanged(CALENDAR, { input: { ...input, partnerId: randomUUID() } }),
      ).toMatchObject([{ code: 'NOT_FOUND', field: 'partnerId' }]);
      // another partner's champion, a teacher, a student: FORBIDDEN
      await expectForbiddenUnchanged(
        CALENDAR,
        { input },
        testCaller(['CHAMPION'], { partnerId: randomUUID() }),
      );
      await expectForbiddenUnchanged(
        CALENDAR,
        { input },
        testCaller(['TEACHER'], { partnerId: id }),
      );
      const student = await sg.query(
        `query($id: ID!) { partner(id: $id) { termCalendar(academicYear: "2026-27") { kind } } }`,
        { id },
        testCaller(['STUDENT'], { partnerId: id }),
      );
      expect(student.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('associates', () => {
    it('records an application, a head approves it (an ASSOCIATE partner, PartnerJoined), contributions follow', async () => {
      const app = await sg.query<{
        recordAssociateApplication: { application: { id: string; status: string } };
      }>(APPLY, {
        input: {
          organisationName: 'Turner Contemporary',
          town: 'Margate',
          contactRole: 'Learning manager',
          offer: 'Gallery space and artists',
        },
      });
      const appId = app.data!.recordAssociateApplication.application.id;
      expect(app.data!.recordAssociateApplication.application.status).toBe('PENDING');
      await expectForbiddenUnchanged(
        DECIDE,
        { input: { applicationId: appId, approve: true, reason: 'x y' } },
        testCaller(['CHAMPION']),
      );
      const decided = await sg.query<{
        decideAssociateApplication: {
          application: { status: string; partner: { id: string; kind: string; status: string } };
        };
      }>(
        DECIDE,
        {
          input: {
            applicationId: appId,
            approve: true,
            reason: 'Shares the aims; Heads Group 3 Oct',
          },
        },
        testCaller(['HEAD'], { partnerId: randomUUID() }),
      );
      const application = decided.data!.decideAssociateApplication.application;
      expect(application).toMatchObject({
        status: 'APPROVED',
        partner: { kind: 'ASSOCIATE', status: 'ACTIVE' },
      });
      const partnerId = application.partner.id;
      expect(await outboxTypes(partnerId)).toEqual(['PartnerJoined']);
      expect(
        await expectRefusedUnchanged(DECIDE, {
          input: { applicationId: appId, approve: false, reason: 'Changed mind' },
        }),
      ).toMatchObject([{ code: 'ALREADY_DECIDED' }]);
      expect(
        await expectRefusedUnchanged(DECIDE, {
          input: { applicationId: randomUUID(), approve: false, reason: 'No' },
        }),
      ).toMatchObject([{ code: 'NOT_FOUND' }]);

      const c = await sg.query<{ recordContribution: { contribution: unknown; errors: Errors } }>(
        CONTRIBUTE,
        {
          input: {
            partnerId,
            kind: 'SPONSORSHIP',
            description: 'Coach hire',
            amountPence: 25000,
            academicYear: '2026-27',
          },
        },
      );
      expect(c.data!.recordContribution).toMatchObject({
        contribution: { kind: 'SPONSORSHIP', amountPence: 25000 },
        errors: [],
      });
      expect(
        await expectRefusedUnchanged(CONTRIBUTE, {
          input: {
            partnerId,
            kind: 'SPONSORSHIP',
            description: 'Half',
            amountPence: -1,
            academicYear: '2026-27',
          },
        }),
      ).toMatchObject([{ code: 'INVALID', field: 'amountPence' }]);
      expect(
        await expectRefusedUnchanged(CONTRIBUTE, {
          input: {
            partnerId,
            kind: 'VENUE',
            description: 'Gallery',
            eventId: randomUUID(),
            academicYear: '2026-27',
          },
        }),
      ).toMatchObject([{ code: 'INVALID', field: 'eventId' }]);
      await expectForbiddenUnchanged(
        CONTRIBUTE,
        { input: { partnerId, kind: 'VENUE', description: 'Gallery', academicYear: '2026-27' } },
        testCaller(['ASSOCIATE'], { partnerId }),
      );

      const q = `query($id: ID!) { partner(id: $id) { contributions { kind amountPence } } }`;
      const own = await sg.query<{ partner: { contributions: unknown[] } }>(
        q,
        { id: partnerId },
        testCaller(['ASSOCIATE'], { kind: 'api-key', partnerId }),
      );
      expect(own.data!.partner.contributions).toEqual([
        { kind: 'SPONSORSHIP', amountPence: 25000 },
      ]);
      const other = await sg.query(
        q,
        { id: partnerId },
        testCaller(['ASSOCIATE'], { partnerId: randomUUID() }),
      );
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('aims and priorities', () => {
    it('serves the aims to anyone signed in; heads set the year’s priorities', async () => {
      const aims = await sg.query<{ aims: Array<{ code: string }> }>(
        `{ aims { code title } }`,
        {},
        testCaller(['STUDENT']),
      );
      expect(aims.data!.aims.map((a) => a.code)).toEqual([
        'WIDENING_HORIZONS',
        'RAISING_ASPIRATIONS',
        'CONFIDENCE',
        'RESILIENCE',
        'WELLBEING',
        'COMMUNITY',
      ]);
      const input = {
        academicYear: '2026-27',
        priorities: [
          {
            title: 'Year 9 aspirations',
            description: 'University visits',
            aims: ['RAISING_ASPIRATIONS'],
          },
          { title: 'Well-being', description: '', aims: ['WELLBEING', 'COMMUNITY'] },
        ],
      };
      const set = await sg.query<{ setPriorities: { priorities: unknown[] } }>(
        PRIORITIES,
        { input },
        testCaller(['HEAD']),
      );
      expect(set.data!.setPriorities.priorities).toEqual([
        { title: 'Year 9 aspirations', aims: ['RAISING_ASPIRATIONS'], position: 1 },
        { title: 'Well-being', aims: ['WELLBEING', 'COMMUNITY'], position: 2 },
      ]);
      await expectForbiddenUnchanged(PRIORITIES, { input }, testCaller(['CHAMPION']));
      expect(
        await expectRefusedUnchanged(PRIORITIES, { input: { ...input, academicYear: '26-27' } }),
      ).toMatchObject([{ code: 'INVALID', field: 'academicYear' }]);
      const read = await sg.query<{ priorities: Array<{ title: string }> }>(
        `{ priorities(academicYear: "2026-27") { title } }`,
        {},
        testCaller(['TEACHER']),
      );
      expect(read.data!.priorities.map((p) => p.title)).toEqual([
        'Year 9 aspirations',
        'Well-being',
      ]);
    });
  });
});
