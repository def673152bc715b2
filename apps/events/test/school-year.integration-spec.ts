import { randomUUID } from 'node:crypto';
import { PartnerEvents, PeopleEvents } from '@ekst/contracts';
import { testCaller } from '@ekst/testing';
import { academicYearOfDate } from './school-year-fixture';
import { checkIn } from '../src/use-cases/attendance.use-case';
import { setEventTravel } from '../src/travel/set-event-travel.use-case';
import { logAmbassadorHours } from '../src/ambassadors/ambassador.use-cases';
import { calendarForToken } from '../src/use-cases/calendar.query';
import { ambassadorHoursFile, cpdRecordFile } from '../src/school-year.routes';
import { as, inDays, lifecycleFixture } from './lifecycle-fixture';
import type { UserErr } from './lifecycle-fixture';

/**
 * Issue 14 (events part) against a real events database and broker: standing groups, travel,
 * ambassadors and CPD records, each mutation's success, its typed errors (nothing written) and who
 * may not call it.
 */
const ERR = 'errors { field code }';
const codes = (errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe('school year (issue 14, events part)', () => {
  const f = lifecycleFixture();
  const coordinator = testCaller(['COORDINATOR']);

  /** A partner with a site, as partners-governance announces it. */
  async function partnerAt(name: string, lat: number, lng: number): Promise<string> {
    const id = randomUUID();
    const e = await f.upstream.publish('partners-governance', PartnerEvents.joined, id, {
      partnerId: id,
      name,
      kind: 'STATE',
      sector: 'STATE',
      town: 'Kent',
      joinedOn: '2024-09-01',
      location: { lat, lng },
    });
    await f.upstream.applied(e.id);
    return id;
  }

  async function cleared(personId: string, clearedUntil: string | null): Promise<void> {
    const e = await f.upstream.publish('people', PeopleEvents.safeguardingChanged, personId, {
      personId,
      clearedUntil,
    });
    await f.upstream.applied(e.id);
  }

  describe('standing groups', () => {
    const CREATE = `mutation($i: CreateStandingGroupInput!) { createStandingGroup(input: $i) { standingGroup { id title kind } ${ERR} } }`;
    const ADD = `mutation($g: ID!, $e: [ID!]!) { addStandingGroupSessions(groupId: $g, eventIds: $e) {
      registrations { id status event { id } } skipped { event { id } code } ${ERR} } }`;
    const JOIN = `mutation($g: ID!, $p: ID!) { joinStandingGroup(groupId: $g, personId: $p) {
      standingGroup { memberCount } registrations { id status event { id } } skipped { event { id } code } ${ERR} } }`;
    const LEAVE = `mutation($g: ID!, $p: ID!) { leaveStandingGroup(groupId: $g, personId: $p) { withdrawn { id status } ${ERR} } }`;

    type Reg = { id: string; status: string; event: { id: string } };
    type Skip = { event: { id: string }; code: string };
    type Regs = { registrations: Reg[]; skipped: Skip[]; errors: UserErr[] };

    async function group(title = 'Partnership Choir'): Promise<string> {
      const r = await f.current().sg.query<{
        createStandingGroup: { standingGroup: { id: string }; errors: UserErr[] };
      }>(CREATE, { i: { title, kind: 'CHOIR' } });
      expect(r.data!.createStandingGroup.errors).toEqual([]);
      return r.data!.createStandingGroup.standingGroup.id;
    }
    const sessionsOf = async (personId: string, groupId: string) =>
      f.sql<{ event_id: string; status: string }>(
        `SELECT r.event_id, r.status FROM registration r JOIN standing_group_session s ON s.event_id = r.event_id
         WHERE s.group_id = $1 AND r.person_id = $2 ORDER BY r.registered_at`,
        [groupId, personId],
      );

    it('createStandingGroup: the coordinator only; a bad title is INVALID and writes nothing', async () => {
      const { sg, host } = f.current();
      const before = await f.sql<{ n: number }>(`SELECT count(*)::int AS n FROM standing_group`);
      const bad = await sg.query<{ createStandingGroup: { errors: UserErr[] } }>(CREATE, {
        i: { title: 'x', kind: 'CHOIR' },
      });
      expect(bad.data!.createStandingGroup.errors).toEqual([
        { field: 'input.title', code: 'INVALID' },
      ]);
      const champion = await sg.query(
        CREATE,
        { i: { title: 'Choir', kind: 'CHOIR' } },
        as(['CHAMPION'], { partnerId: host }),
      );
      expect(codes(champion.errors)).toEqual(['FORBIDDEN']);
      expect(await f.sql(`SELECT count(*)::int AS n FROM standing_group`)).toEqual(before);
      const id = await group();
      expect(await f.sql(`SELECT title, kind FROM standing_group WHERE id = $1`, [id])).toEqual([
        { title: 'Partnership Choir', kind: 'CHOIR' },
      ]);
    });

    it('a member registers once for every session; joining again adds nothing; a later session registers them; leaving withdraws what is to come', async () => {
      const { sg, host } = f.current();
      const g = await group();
      const s = [
        await f.event({
          kind: 'CHOIR',
          capacity: 10,
          startsAt: inDays(10, 16),
          endsAt: inDays(10, 18),
        }),
        await f.event({
          kind: 'CHOIR',
          capacity: 10,
          startsAt: inDays(17, 16),
          endsAt: inDays(17, 18),
        }),
        await f.event({
          kind: 'CHOIR',
          capacity: 10,
          startsAt: inDays(24, 16),
          endsAt: inDays(24, 18),
        }),
      ];
      const added = await sg.query<{ addStandingGroupSessions: Regs }>(ADD, { g, e: s });
      expect(added.data!.addStandingGroupSessions).toEqual({
        registrations: [],
        skipped: [],
        errors: [],
      });

      const student = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      const self = as(['STUDENT'], { subject: student, partnerId: host });
      const joined = await sg.query<{
        joinStandingGroup: Regs & { standingGroup: { memberCount: number } };
      }>(JOIN, { g, p: student }, self);
      expect(joined.data!.joinStandingGroup.errors).toEqual([]);
      expect(joined.data!.joinStandingGroup.standingGroup.memberCount).toBe(1);
      expect(
        joined.data!.joinStandingGroup.registrations.map((r) => [r.event.id, r.status]),
      ).toEqual(s.map((id) => [id, 'REGISTERED']));

      // Idempotent: joining again registers nothing more.
      const again = await sg.query<{ joinStandingGroup: Regs }>(JOIN, { g, p: student }, self);
      expect(again.data!.joinStandingGroup.registrations).toEqual([]);
      expect(await sessionsOf(student, g)).toHaveLength(3);

      // A session added later registers the members; adding it twice changes nothing.
      const later = await f.event({
        kind: 'CHOIR',
        capacity: 10,
        startsAt: inDays(31, 16),
        endsAt: inDays(31, 18),
      });
      const addLater = await sg.query<{ addStandingGroupSessions: Regs }>(ADD, { g, e: [later] });
      expect(addLater.data!.addStandingGroupSessions.registrations.map((r) => r.event.id)).toEqual([
        later,
      ]);
      const addAgain = await sg.query<{ addStandingGroupSessions: Regs }>(ADD, { g, e: [later] });
      expect(addAgain.data!.addStandingGroupSessions.registrations).toEqual([]);
      expect(await sessionsOf(student, g)).toHaveLength(4);

      const left = await sg.query<{
        leaveStandingGroup: { withdrawn: Array<{ status: string }>; errors: UserErr[] };
      }>(LEAVE, { g, p: student }, self);
      expect(left.data!.leaveStandingGroup.errors).toEqual([]);
      expect(left.data!.leaveStandingGroup.withdrawn.map((r) => r.status)).toEqual(
        Array(4).fill('CANCELLED'),
      );
      expect((await sessionsOf(student, g)).map((r) => r.status)).toEqual(
        Array(4).fill('CANCELLED'),
      );
      const leftAgain = await sg.query<{ leaveStandingGroup: { errors: UserErr[] } }>(
        LEAVE,
        { g, p: student },
        self,
      );
      expect(leftAgain.data!.leaveStandingGroup.errors).toEqual([
        { field: 'personId', code: 'NOT_IN_GROUP' },
      ]);
    });

    it('registration rules are registerForEvent’s: a full session waitlists, a year group not invited is skipped with its reason', async () => {
      const { sg, host } = f.current();
      const g = await group('Chamber Choir');
      const full = await f.event({
        kind: 'CHOIR',
        capacity: 1,
        startsAt: inDays(12, 16),
        endsAt: inDays(12, 18),
      });
      const open = await f.event({
        kind: 'CHOIR',
        capacity: 10,
        startsAt: inDays(19, 16),
        endsAt: inDays(19, 18),
      });
      await sg.query(ADD, { g, e: [full, open] });
      const first = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      await f.register(full, first);
      const member = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      const joined = await sg.query<{ joinStandingGroup: Regs }>(JOIN, { g, p: member });
      expect(
        joined.data!.joinStandingGroup.registrations.map((r) => [r.event.id, r.status]),
      ).toEqual([
        [full, 'WAITLISTED'],
        [open, 'REGISTERED'],
      ]);
      const year8 = await f.upstream.personRegistered(host, ['STUDENT'], 8);
      const refused = await sg.query<{ joinStandingGroup: Regs }>(JOIN, { g, p: year8 });
      expect(refused.data!.joinStandingGroup.registrations).toEqual([]);
      expect(refused.data!.joinStandingGroup.skipped).toEqual([
        { event: { id: full }, code: 'YEAR_GROUP_NOT_ELIGIBLE' },
        { event: { id: open }, code: 'YEAR_GROUP_NOT_ELIGIBLE' },
      ]);
    });

    it('typed errors change nothing: unknown group or person, an event of another group, unknown events', async () => {
      const { sg, host } = f.current();
      const g1 = await group('Brass Band');
      const g2 = await group('Jazz Band');
      const e1 = await f.event({ kind: 'CHOIR', capacity: 5 });
      await sg.query(ADD, { g: g1, e: [e1] });
      const e2 = await f.event({ kind: 'CHOIR', capacity: 5 });
      const clash = await sg.query<{ addStandingGroupSessions: Regs }>(ADD, { g: g2, e: [e2, e1] });
      expect(clash.data!.addStandingGroupSessions.errors).toEqual([
        { field: 'eventIds.1', code: 'SESSION_OF_OTHER_GROUP' },
      ]);
      const unknownEvent = await sg.query<{ addStandingGroupSessions: Regs }>(ADD, {
        g: g2,
        e: [randomUUID()],
      });
      expect(unknownEvent.data!.addStandingGroupSessions.errors).toEqual([
        { field: 'eventIds.0', code: 'NOT_FOUND' },
      ]);
      expect(
        await f.sql(`SELECT event_id FROM standing_group_session WHERE group_id = $1`, [g2]),
      ).toEqual([]);

      const student = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      const noGroup = await sg.query<{ joinStandingGroup: Regs }>(JOIN, {
        g: randomUUID(),
        p: student,
      });
      expect(noGroup.data!.joinStandingGroup.errors).toEqual([
        { field: 'groupId', code: 'NOT_FOUND' },
      ]);
      const noPerson = await sg.query<{ joinStandingGroup: Regs }>(JOIN, {
        g: g1,
        p: randomUUID(),
      });
      expect(noPerson.data!.joinStandingGroup.errors).toEqual([
        { field: 'personId', code: 'UNKNOWN_PERSON' },
      ]);
      expect(
        await f.sql(`SELECT person_id FROM standing_group_member WHERE group_id = $1`, [g1]),
      ).toEqual([]);
    });

    it('forbidden: another school’s teacher joining a student, anyone but the coordinator adding sessions', async () => {
      const { sg, host } = f.current();
      const g = await group('Orchestra');
      const student = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      const otherTeacher = as(['TEACHER'], { partnerId: randomUUID() });
      expect(codes((await sg.query(JOIN, { g, p: student }, otherTeacher)).errors)).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes((await sg.query(LEAVE, { g, p: student }, otherTeacher)).errors)).toEqual([
        'FORBIDDEN',
      ]);
      const e = await f.event({ kind: 'CHOIR' });
      const champion = as(['CHAMPION'], { partnerId: host });
      expect(codes((await sg.query(ADD, { g, e: [e] }, champion)).errors)).toEqual(['FORBIDDEN']);
      expect(await f.sql(`SELECT 1 FROM standing_group_member WHERE group_id = $1`, [g])).toEqual(
        [],
      );
      expect(await f.sql(`SELECT 1 FROM standing_group_session WHERE group_id = $1`, [g])).toEqual(
        [],
      );
    });
  });

  describe('travel', () => {
    const SET = `mutation($e: ID!, $i: SetEventTravelInput!) { setEventTravel(eventId: $e, input: $i) {
      travel { partner { id } mode seats costPence registeredStudents distanceKm } ${ERR} } }`;
    const LIST = `query($id: ID!) { event(id: $id) { transportList { partner { id } mode pickupPlace seats registeredStudents distanceKm } } }`;
    const COST = `query($id: ID!) { event(id: $id) { travelCostPence } }`;

    it('plans travel per partner with the distance to the venue; seats below the registered students, bad numbers, unknown ids are typed and write nothing; only those running the event', async () => {
      const { sg } = f.current();
      // Canterbury and Dover: about 23.6 km apart as the crow flies.
      const venue = await partnerAt('Dover Grammar', 51.1295, 1.3214);
      const visiting = await partnerAt('Canterbury High', 51.2798, 1.0828);
      const event = await f.event({
        hostPartnerId: venue,
        capacity: 10,
        startsAt: inDays(20, 9),
        endsAt: inDays(20, 15),
      });
      const students = [
        await f.upstream.personRegistered(visiting, ['STUDENT'], 10),
        await f.upstream.personRegistered(visiting, ['STUDENT'], 10),
      ];
      for (const s of students) await f.register(event, s);
      const input = {
        partnerId: visiting,
        mode: 'MINIBUS',
        pickupAt: inDays(20, 8),
        pickupPlace: 'Main gate',
        seats: 2,
        costPence: 12000,
      };
      const tryWith = async (change: Record<string, unknown>, caller = coordinator) =>
        sg.query<{ setEventTravel: { travel: unknown; errors: UserErr[] } }>(
          SET,
          { e: event, i: { ...input, ...change } },
          caller,
        );
      expect((await tryWith({ seats: 1 })).data!.setEventTravel.errors).toEqual([
        { field: 'input.seats', code: 'SEATS_BELOW_REGISTERED' },
      ]);
      expect((await tryWith({ costPence: -1 })).data!.setEventTravel.errors).toEqual([
        { field: 'input.costPence', code: 'INVALID' },
      ]);
      // A fractional cost is not an Int: the graph refuses it before the use case runs…
      expect((await tryWith({ costPence: 12.5 })).errors?.length).toBeGreaterThan(0);
      // …and the use case refuses it too, for any other caller of it.
      const fractional = await setEventTravel(f.at(coordinator, new Date()), {
        eventId: event,
        input: { ...input, mode: 'MINIBUS', costPence: 12.5 },
      });
      expect(fractional).toMatchObject({
        kind: 'rejected',
        errors: [{ code: 'INVALID', field: 'input.costPence' }],
      });
      expect((await tryWith({ partnerId: randomUUID() })).data!.setEventTravel.errors).toEqual([
        { field: 'input.partnerId', code: 'UNKNOWN_PARTNER' },
      ]);
      const unknownEvent = await sg.query<{ setEventTravel: { errors: UserErr[] } }>(SET, {
        e: randomUUID(),
        i: input,
      });
      expect(unknownEvent.data!.setEventTravel.errors).toEqual([
        { field: 'eventId', code: 'NOT_FOUND' },
      ]);
      const visitingTeacher = as(['TEACHER'], { partnerId: visiting });
      expect(codes((await tryWith({}, visitingTeacher)).errors)).toEqual(['FORBIDDEN']);
      expect(await f.sql(`SELECT 1 FROM event_travel WHERE event_id = $1`, [event])).toEqual([]);

      const ok = await tryWith({});
      expect(ok.data!.setEventTravel).toEqual({
        travel: {
          partner: { id: visiting },
          mode: 'MINIBUS',
          seats: 2,
          costPence: 12000,
          registeredStudents: 2,
          distanceKm: 23.6,
        },
        errors: [],
      });
      // The teacher in charge reads the transport list; finance the cost; a student neither.
      const inCharge = await f.upstream.personRegistered(visiting, ['TEACHER']);
      await sg.query(
        `mutation($e: ID!, $p: ID!) { assignEventRole(eventId: $e, personId: $p, role: TEACHER_IN_CHARGE) { ${ERR} } }`,
        {
          e: event,
          p: inCharge,
        },
      );
      const list = await sg.query<{ event: { transportList: unknown[] } }>(
        LIST,
        { id: event },
        as(['TEACHER'], { subject: inCharge, partnerId: visiting }),
      );
      expect(list.data!.event.transportList).toEqual([
        {
          partner: { id: visiting },
          mode: 'MINIBUS',
          pickupPlace: 'Main gate',
          seats: 2,
          registeredStudents: 2,
          distanceKm: 23.6,
        },
      ]);
      const finance = await sg.query<{ event: { travelCostPence: number } }>(
        COST,
        { id: event },
        as(['FINANCE']),
      );
      expect(finance.data!.event.travelCostPence).toBe(12000);
      const student = as(['STUDENT'], { subject: students[0], partnerId: visiting });
      expect(codes((await sg.query(LIST, { id: event }, student)).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await sg.query(COST, { id: event }, student)).errors)).toEqual(['FORBIDDEN']);
    });
  });

  describe('ambassadors', () => {
    const AVAIL = `mutation($p: ID!, $s: String!, $e: String!) { recordAmbassadorAvailability(personId: $p, startsAt: $s, endsAt: $e) { availability { id } ${ERR} } }`;
    const SLOTS = `mutation($e: ID!, $n: Int!) { setAmbassadorSlots(eventId: $e, slots: $n) { event { ambassadorSlots } ${ERR} } }`;
    const OFFER = `mutation($e: ID!, $p: ID!) { offerAmbassadorSlot(eventId: $e, personId: $p) { offer { status } ${ERR} } }`;
    const ACCEPT = `mutation($e: ID!) { acceptAmbassadorSlot(eventId: $e) { offer { status acceptedAt } ${ERR} } }`;
    const LOG = `mutation($e: ID!, $p: ID!, $m: Int!) { logAmbassadorHours(eventId: $e, personId: $p, minutes: $m) { entry { minutes } ${ERR} } }`;
    const HOURS = `query($p: ID!, $y: Int!) { _entities(representations: [{ __typename: "Person", id: $p }]) {
      ... on Person { ambassadorHours(academicYear: $y) { totalMinutes byTerm { term minutes } entries { event { id } minutes } } } } }`;

    it('availability, slots, offers only to those cleared on the day, acceptance gives the role, hours per term', async () => {
      const { sg, host } = f.current();
      const start = inDays(40, 9);
      const end = inDays(40, 15);
      const event = await f.event({ startsAt: start, endsAt: end, capacity: 30 });
      const eventDay = end.slice(0, 10);
      const dayBefore = new Date(Date.parse(end) - 86_400_000).toISOString().slice(0, 10);
      const [valid, lapsing, third] = [
        await f.upstream.personRegistered(host, ['AMBASSADOR']),
        await f.upstream.personRegistered(host, ['AMBASSADOR']),
        await f.upstream.personRegistered(host, ['AMBASSADOR']),
      ];
      await cleared(valid, eventDay);
      await cleared(lapsing, dayBefore);
      await cleared(third, '2099-01-01');
      const windowStart = inDays(40, 7);
      const windowEnd = inDays(40, 18);
      const self = (id: string) => as(['AMBASSADOR'], { subject: id, partnerId: host });

      // Availability: their own (and the coordinator's for anyone); not another ambassador's.
      expect(
        codes(
          (await sg.query(AVAIL, { p: valid, s: windowStart, e: windowEnd }, self(third))).errors,
        ),
      ).toEqual(['FORBIDDEN']);
      const backwards = await sg.query<{ recordAmbassadorAvailability: { errors: UserErr[] } }>(
        AVAIL,
        { p: valid, s: windowEnd, e: windowStart },
        self(valid),
      );
      expect(backwards.data!.recordAmbassadorAvailability.errors).toEqual([
        { field: 'endsAt', code: 'INVALID' },
      ]);
      expect(
        await f.sql(`SELECT 1 FROM ambassador_availability WHERE person_id = $1`, [valid]),
      ).toEqual([]);
      for (const id of [valid, lapsing, third]) {
        const r = await sg.query<{ recordAmbassadorAvailability: { errors: UserErr[] } }>(
          AVAIL,
          { p: id, s: windowStart, e: windowEnd },
          self(id),
        );
        expect(r.data!.recordAmbassadorAvailability.errors).toEqual([]);
      }

      // Slots: those who manage the event.
      expect(
        codes(
          (await sg.query(SLOTS, { e: event, n: 1 }, as(['TEACHER'], { partnerId: host }))).errors,
        ),
      ).toEqual(['FORBIDDEN']);
      const slots = await sg.query<{
        setAmbassadorSlots: { event: { ambassadorSlots: number }; errors: UserErr[] };
      }>(SLOTS, { e: event, n: 1 });
      expect(slots.data!.setAmbassadorSlots).toEqual({ event: { ambassadorSlots: 1 }, errors: [] });

      // The check of `lapsing` expires the day before the event: typed, nothing offered.
      const early = await sg.query<{ offerAmbassadorSlot: { errors: UserErr[] } }>(OFFER, {
        e: event,
        p: lapsing,
      });
      expect(early.data!.offerAmbassadorSlot.errors).toEqual([
        { field: 'personId', code: 'SAFEGUARDING_NOT_VALID' },
      ]);
      const unknown = await sg.query<{ offerAmbassadorSlot: { errors: UserErr[] } }>(OFFER, {
        e: event,
        p: randomUUID(),
      });
      expect(unknown.data!.offerAmbassadorSlot.errors).toEqual([
        { field: 'personId', code: 'UNKNOWN_PERSON' },
      ]);
      expect(await f.sql(`SELECT 1 FROM ambassador_offer WHERE event_id = $1`, [event])).toEqual(
        [],
      );
      expect(codes((await sg.query(OFFER, { e: event, p: valid }, self(valid))).errors)).toEqual([
        'FORBIDDEN',
      ]);

      const offered = await sg.query<{
        offerAmbassadorSlot: { offer: { status: string }; errors: UserErr[] };
      }>(OFFER, { e: event, p: valid });
      expect(offered.data!.offerAmbassadorSlot).toEqual({
        offer: { status: 'OFFERED' },
        errors: [],
      });
      const noSlot = await sg.query<{ offerAmbassadorSlot: { errors: UserErr[] } }>(OFFER, {
        e: event,
        p: third,
      });
      expect(noSlot.data!.offerAmbassadorSlot.errors).toEqual([
        { field: 'personId', code: 'NO_SLOTS_LEFT' },
      ]);
      const lower = await sg.query<{ setAmbassadorSlots: { errors: UserErr[] } }>(SLOTS, {
        e: event,
        n: 0,
      });
      expect(lower.data!.setAmbassadorSlots.errors).toEqual([
        { field: 'slots', code: 'SLOTS_BELOW_OFFERED' },
      ]);

      // Only the one offered accepts; accepting gives the AMBASSADOR role, announced once.
      const notOffered = await sg.query<{ acceptAmbassadorSlot: { errors: UserErr[] } }>(
        ACCEPT,
        { e: event },
        self(third),
      );
      expect(notOffered.data!.acceptAmbassadorSlot.errors).toEqual([
        { field: 'eventId', code: 'NO_AMBASSADOR_OFFER' },
      ]);
      const accepted = await sg.query<{
        acceptAmbassadorSlot: { offer: { status: string }; errors: UserErr[] };
      }>(ACCEPT, { e: event }, self(valid));
      expect(accepted.data!.acceptAmbassadorSlot.offer.status).toBe('ACCEPTED');
      expect(
        await f.sql(`SELECT role FROM event_role WHERE event_id = $1 AND person_id = $2`, [
          event,
          valid,
        ]),
      ).toEqual([{ role: 'AMBASSADOR' }]);
      expect((await f.outboxTypes(event)).filter((t) => t === 'EventRoleAssigned')).toHaveLength(1);

      // Hours: logged by those who run the event, for an ambassador at it; read by themself.
      const notThere = await sg.query<{ logAmbassadorHours: { errors: UserErr[] } }>(LOG, {
        e: event,
        p: third,
        m: 60,
      });
      expect(notThere.data!.logAmbassadorHours.errors).toEqual([
        { field: 'personId', code: 'NOT_AMBASSADOR_AT_EVENT' },
      ]);
      const zero = await sg.query<{ logAmbassadorHours: { errors: UserErr[] } }>(LOG, {
        e: event,
        p: valid,
        m: 0,
      });
      expect(zero.data!.logAmbassadorHours.errors).toEqual([{ field: 'minutes', code: 'INVALID' }]);
      expect(
        codes((await sg.query(LOG, { e: event, p: valid, m: 60 }, self(valid))).errors),
      ).toEqual(['FORBIDDEN']);
      expect(await f.sql(`SELECT 1 FROM ambassador_hours WHERE person_id = $1`, [valid])).toEqual(
        [],
      );
      // Not in advance: the event is weeks away.
      const inAdvance = await sg.query<{ logAmbassadorHours: { errors: UserErr[] } }>(LOG, {
        e: event,
        p: valid,
        m: 330,
      });
      expect(inAdvance.data!.logAmbassadorHours.errors).toEqual([
        { field: 'eventId', code: 'HOURS_BEFORE_START' },
      ]);
      expect(await f.sql(`SELECT 1 FROM ambassador_hours WHERE person_id = $1`, [valid])).toEqual(
        [],
      );
      // On the day, after it ended.
      const logged = await logAmbassadorHours(
        f.at(coordinator, new Date(Date.parse(end) + 3_600_000)),
        {
          eventId: event,
          personId: valid,
          minutes: 330,
        },
      );
      expect(logged).toMatchObject({ kind: 'done', value: { minutes: 330 } });

      const year = academicYearOfDate(new Date(start));
      const hours = await sg.query<{
        _entities: Array<{
          ambassadorHours: { totalMinutes: number; byTerm: Array<{ minutes: number }> };
        }>;
      }>(HOURS, { p: valid, y: year }, self(valid));
      expect(hours.data!._entities[0].ambassadorHours.totalMinutes).toBe(330);
      expect(
        hours.data!._entities[0].ambassadorHours.byTerm.reduce((s, t) => s + t.minutes, 0),
      ).toBe(330);
      expect(codes((await sg.query(HOURS, { p: valid, y: year }, self(third))).errors)).toEqual([
        'FORBIDDEN',
      ]);
      const file = await ambassadorHoursFile(
        sg.running.dataSource,
        self(valid),
        valid,
        String(year),
      );
      expect(file.status).toBe(200);
      expect(
        (file as { body: string }).body
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',').slice(-2)),
      ).toEqual([['330', '5.50']]);
      expect(
        (await ambassadorHoursFile(sg.running.dataSource, self(third), valid, String(year))).status,
      ).toBe(403);
    });
  });

  describe('erasure', () => {
    it('PersonErased leaves nothing of the person in the school-year tables', async () => {
      const { sg, host } = f.current();
      const g = (
        await sg.query<{ createStandingGroup: { standingGroup: { id: string } } }>(
          `mutation { createStandingGroup(input: { title: "Erasure Choir", kind: CHOIR }) { standingGroup { id } ${ERR} } }`,
        )
      ).data!.createStandingGroup.standingGroup.id;
      const student = await f.upstream.personRegistered(host, ['STUDENT'], 10);
      await sg.query(
        `mutation($g: ID!, $p: ID!) { joinStandingGroup(groupId: $g, personId: $p) { ${ERR} } }`,
        { g, p: student },
      );
      const ambassador = await f.upstream.personRegistered(host, ['AMBASSADOR']);
      await sg.query(
        `mutation($p: ID!, $s: String!, $e: String!) { recordAmbassadorAvailability(personId: $p, startsAt: $s, endsAt: $e) { ${ERR} } }`,
        { p: ambassador, s: inDays(5, 9), e: inDays(5, 17) },
      );
      const rows = (id: string) =>
        f.sql(
          `SELECT 'member' AS t FROM standing_group_member WHERE person_id = $1
           UNION ALL SELECT 'availability' FROM ambassador_availability WHERE person_id = $1`,
          [id],
        );
      expect(await rows(student)).toEqual([{ t: 'member' }]);
      expect(await rows(ambassador)).toEqual([{ t: 'availability' }]);
      await f.upstream.personErased(student);
      await f.upstream.personErased(ambassador);
      expect(await rows(student)).toEqual([]);
      expect(await rows(ambassador)).toEqual([]);
    });
  });

  describe('whole-programme calendar feed', () => {
    it('any signed-in person subscribes to every published event (no drafts, no people); only they revoke it', async () => {
      const { sg } = f.current();
      const published = await f.event({ title: 'Programme Feed Published Day' });
      const draft = await f.event({ title: 'Programme Feed Draft Day' }, false);
      const student = as(['STUDENT'], { partnerId: randomUUID() });
      const made = await sg.query<{
        createCalendarFeed: {
          feed: { id: string; scope: string };
          token: string;
          errors: UserErr[];
        };
      }>(
        `mutation { createCalendarFeed(scope: PROGRAMME) { feed { id scope } token ${ERR} } }`,
        {},
        student,
      );
      expect(made.data!.createCalendarFeed.errors).toEqual([]);
      expect(made.data!.createCalendarFeed.feed.scope).toBe('PROGRAMME');
      const ics = await calendarForToken(
        sg.running.dataSource,
        made.data!.createCalendarFeed.token,
      );
      expect(ics).toContain(`UID:${published}@events.ekst`);
      expect(ics).not.toContain(draft);
      expect(ics).toContain('X-WR-CALNAME:EKST programme (all events)');
      const REVOKE = `mutation($id: ID!) { revokeCalendarFeed(id: $id) { feed { revokedAt } ${ERR} } }`;
      const someoneElse = await sg.query(
        REVOKE,
        { id: made.data!.createCalendarFeed.feed.id },
        as(['STUDENT']),
      );
      expect(codes(someoneElse.errors)).toEqual(['FORBIDDEN']);
      await sg.query(REVOKE, { id: made.data!.createCalendarFeed.feed.id }, student);
      expect(
        await calendarForToken(sg.running.dataSource, made.data!.createCalendarFeed.token),
      ).toBeNull();
    });
  });

  describe('CPD records', () => {
    const CPD = `query($p: ID!, $y: Int!) { _entities(representations: [{ __typename: "Person", id: $p }]) {
      ... on Person { cpdRecord(academicYear: $y) { totalMinutes entries { event { id } kind participation minutes hours } } } } }`;

    it('lists the CPD a teacher attended and led, with hours; the teacher, their head and the coordinator only', async () => {
      const { sg, host } = f.current();
      const teacher = await f.upstream.personRegistered(host, ['TEACHER']);
      const startsAt = inDays(15, 15);
      const cpd = await f.event({
        kind: 'CPD',
        audience: 'TEACHERS',
        yearGroups: [],
        capacity: 20,
        startsAt,
        endsAt: inDays(15, 17),
      });
      const teachmeet = await f.event({
        kind: 'TEACHMEET',
        audience: 'TEACHERS',
        yearGroups: [],
        capacity: 20,
        startsAt: inDays(16, 16),
        endsAt: inDays(16, 17),
      });
      const sport = await f.event({
        kind: 'SPORT',
        audience: 'BOTH',
        capacity: 20,
        startsAt: inDays(15, 9),
        endsAt: inDays(15, 12),
      });
      await f.register(cpd, teacher);
      await f.register(sport, teacher);
      await sg.query(
        `mutation($e: ID!, $p: ID!) { assignEventRole(eventId: $e, personId: $p, role: ORGANISER) { ${ERR} } }`,
        {
          e: teachmeet,
          p: teacher,
        },
      );
      for (const e of [cpd, sport]) {
        const when = e === cpd ? startsAt : inDays(15, 9);
        const r = await checkIn(f.at(coordinator, new Date(Date.parse(when) + 60_000)), {
          eventId: e,
          personId: teacher,
        });
        expect(r.kind).toBe('done');
      }
      const year = academicYearOfDate(new Date(startsAt));
      const read = (caller = as(['TEACHER'], { subject: teacher, partnerId: host })) =>
        sg.query<{
          _entities: Array<{ cpdRecord: { totalMinutes: number; entries: unknown[] } | null }>;
        }>(CPD, { p: teacher, y: year }, caller);
      const mine = await read();
      expect(mine.errors).toBeUndefined();
      expect(mine.data!._entities[0].cpdRecord).toEqual({
        totalMinutes: 180,
        entries: [
          { event: { id: cpd }, kind: 'CPD', participation: 'ATTENDED', minutes: 120, hours: 2 },
          {
            event: { id: teachmeet },
            kind: 'TEACHMEET',
            participation: 'LED',
            minutes: 60,
            hours: 1,
          },
        ],
      });
      expect((await read(as(['HEAD'], { partnerId: host }))).errors).toBeUndefined();
      expect(codes((await read(as(['HEAD'], { partnerId: randomUUID() }))).errors)).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes((await read(as(['TEACHER'], { partnerId: host }))).errors)).toEqual([
        'FORBIDDEN',
      ]);

      // The same record as files, with the same rule.
      const ds = sg.running.dataSource;
      const csv = await cpdRecordFile(
        ds,
        as(['TEACHER'], { subject: teacher, partnerId: host }),
        teacher,
        'csv',
        String(year),
      );
      expect(csv.status).toBe(200);
      const lines = (csv as { body: string }).body.trim().split('\n');
      expect(lines[0]).toBe('date,title,kind,participation,hours');
      expect(lines.slice(1).map((l) => l.split(',').slice(2))).toEqual([
        ['CPD', 'ATTENDED', '2.00'],
        ['TEACHMEET', 'LED', '1.00'],
      ]);
      const html = await cpdRecordFile(
        ds,
        as(['HEAD'], { partnerId: host }),
        teacher,
        'html',
        String(year),
      );
      expect(html.status).toBe(200);
      expect((html as { body: string }).body).toContain('<td class="n">2.00</td>');
      expect((html as { body: string }).body).not.toContain('<script');
      expect(
        (
          await cpdRecordFile(
            ds,
            as(['HEAD'], { partnerId: randomUUID() }),
            teacher,
            'csv',
            String(year),
          )
        ).status,
      ).toBe(403);
      expect((await cpdRecordFile(ds, coordinator, teacher, 'csv', 'last year')).status).toBe(400);
    });
  });
});
