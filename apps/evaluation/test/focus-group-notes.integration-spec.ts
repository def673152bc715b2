import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { useCaseDeps } from '@ekst/subgraph-kit';
import { evaluationModule } from '../src/module';
import { recordFocusGroupNote } from '../src/use-cases/record-focus-group-note.use-case';
import { UpstreamEvents } from './upstream-events';

const RECORD = `mutation($input: RecordFocusGroupNoteInput!) {
  recordFocusGroupNote(input: $input) {
    note { id event { id } partner { id } heldOn aims themes summary participantCount recordedAt }
    errors { field code message }
  }
}`;
const LIST = `query($aim: Aim, $theme: String, $partnerId: ID, $academicYear: Int, $first: Int, $after: String) {
  focusGroupNotes(aim: $aim, theme: $theme, partnerId: $partnerId, academicYear: $academicYear, first: $first, after: $after) {
    edges { cursor node { id heldOn partner { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const THEMES = `query($y: Int!) { themes(academicYear: $y) { theme aim notes } }`;

interface UserErr {
  field: string | null;
  code: string;
}
interface NoteOut {
  id: string;
  event: { id: string } | null;
  partner: { id: string } | null;
  heldOn: string;
  aims: string[];
  themes: string[];
  summary: string;
  participantCount: number;
  recordedAt: string;
}
type RecordRes = { recordFocusGroupNote: { note: NoteOut | null; errors: UserErr[] } };
type ListRes = {
  focusGroupNotes: {
    edges: Array<{ cursor: string; node: { id: string; heldOn: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type ThemesRes = { themes: Array<{ theme: string; aim: string; notes: number }> };

describe('focus group notes', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let partnerA: string;
  let partnerB: string;
  const coordinator = testCaller(['COORDINATOR'], { subject: randomUUID() });
  const as = (roles: Role[], partnerId: string | null): Caller =>
    testCaller(roles, { subject: randomUUID(), partnerId });

  const note = (overrides: Record<string, unknown> = {}) => ({
    heldOn: '2025-11-20',
    aims: ['CONFIDENCE'],
    themes: ['Careers advice'],
    summary: 'The group said the taster day made university feel within reach.',
    participantCount: 7,
    ...overrides,
  });
  const record = (input: Record<string, unknown>, caller: Caller = coordinator) =>
    sg.query<RecordRes>(RECORD, { input }, caller);
  async function noteCount(): Promise<number> {
    const [{ n }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM focus_group_note`,
    )) as Array<{ n: number }>;
    return n;
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    partnerA = (await upstream.partnerJoined()).id;
    partnerB = (await upstream.partnerJoined()).id;
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  describe('recordFocusGroupNote', () => {
    it('records a note about an event, with normalised themes, for the coordinator', async () => {
      const event = await upstream.eventScheduled();
      const res = await record(
        note({
          eventId: event.eventId,
          partnerId: partnerA,
          aims: ['CONFIDENCE', 'WIDENING_HORIZONS'],
          themes: [' Careers  Advice', 'careers advice', 'Travel'],
        }),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordFocusGroupNote).toMatchObject({
        errors: [],
        note: {
          event: { id: event.eventId },
          partner: { id: partnerA },
          heldOn: '2025-11-20',
          aims: ['CONFIDENCE', 'WIDENING_HORIZONS'],
          themes: ['careers advice', 'travel'],
          participantCount: 7,
        },
      });
      const [row] = await sg.running.dataSource.query(
        `SELECT recorded_by FROM focus_group_note WHERE id = $1`,
        [res.data!.recordFocusGroupNote.note!.id],
      );
      expect(row.recorded_by).toBe(coordinator.subject);
    });

    it('lets the coordinator record a partnership-wide note about a term (no event, no partner)', async () => {
      const res = await record(note());
      expect(res.data!.recordFocusGroupNote).toMatchObject({
        errors: [],
        note: { event: null, partner: null },
      });
    });

    it.each([
      ['a blank theme', { themes: ['  '] }, 'INVALID', 'themes.0'],
      ['11 themes', { themes: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'INVALID', 'themes'],
      ['a theme of 41 characters', { themes: ['x'.repeat(41)] }, 'INVALID', 'themes.0'],
      ['no aim', { aims: [] }, 'INVALID', 'aims'],
      ['a summary of 5001 characters', { summary: 's'.repeat(5001) }, 'INVALID', 'summary'],
      ['no participants', { participantCount: 0 }, 'INVALID', 'participantCount'],
      ['a malformed date', { heldOn: '20/11/2025' }, 'INVALID', 'heldOn'],
      ['a date in the future', { heldOn: '2999-01-01' }, 'IN_THE_FUTURE', 'heldOn'],
      ['an unknown event', { eventId: randomUUID() }, 'UNKNOWN_EVENT', 'eventId'],
      ['an unknown partner', { partnerId: randomUUID() }, 'UNKNOWN_PARTNER', 'partnerId'],
    ])('refuses %s with a typed error and writes nothing', async (_what, change, code, field) => {
      const before = await noteCount();
      const res = await record(note(change));
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordFocusGroupNote.note).toBeNull();
      expect(res.data!.recordFocusGroupNote.errors).toContainEqual(
        expect.objectContaining({ code, field }),
      );
      expect(await noteCount()).toBe(before);
    });

    it("lets heads and champions record for their own partner (the default) but not another's", async () => {
      const head = await record(note(), as(['HEAD'], partnerA));
      expect(head.data!.recordFocusGroupNote).toMatchObject({
        errors: [],
        note: { partner: { id: partnerA } },
      });
      const champion = await record(note({ partnerId: partnerB }), as(['CHAMPION'], partnerB));
      expect(champion.data!.recordFocusGroupNote.note?.partner).toEqual({ id: partnerB });

      const before = await noteCount();
      const other = await record(note({ partnerId: partnerB }), as(['CHAMPION'], partnerA));
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await noteCount()).toBe(before);
    });

    it.each([
      [['STUDENT'] as Role[]],
      [['ASSOCIATE'] as Role[]],
      [['TEACHER'] as Role[]],
      [['AMBASSADOR'] as Role[]],
    ])('is FORBIDDEN for %j and writes nothing', async (roles) => {
      const before = await noteCount();
      const res = await record(note(), as(roles, partnerA));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await noteCount()).toBe(before);
    });

    it('keeps the partner rule in the use case itself, so a caller other than the resolver gets it too', async () => {
      const deps = (caller: Caller) =>
        useCaseDeps(caller, sg.running.dataSource, sg.running.messaging.txBinding);
      const before = await noteCount();
      expect(
        await recordFocusGroupNote(deps(as(['CHAMPION'], partnerA)), note({ partnerId: partnerB })),
      ).toEqual({
        kind: 'forbidden',
        reason: "Heads and champions record notes for their own partner's groups only",
      });
      expect(await recordFocusGroupNote(deps(as(['TEACHER'], partnerA)), note())).toMatchObject({
        kind: 'forbidden',
      });
      expect(await noteCount()).toBe(before);
      expect(await recordFocusGroupNote(deps(as(['CHAMPION'], partnerA)), note())).toMatchObject({
        kind: 'done',
        value: { partnerId: partnerA },
      });
    });
  });

  describe('focusGroupNotes and themes', () => {
    // Notes of academic year 2022/23 only, so the other tests' notes do not count here.
    const YEAR = 2022;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const seed: Array<[string, Record<string, unknown>]> = [
        [
          'a1',
          {
            partnerId: partnerA,
            heldOn: '2022-09-01',
            aims: ['CONFIDENCE', 'WELLBEING'],
            themes: ['Peer support', 'exams'],
          },
        ],
        [
          'a2',
          {
            partnerId: partnerA,
            heldOn: '2023-01-15',
            aims: ['CONFIDENCE'],
            themes: ['peer support'],
          },
        ],
        [
          'a3',
          {
            partnerId: partnerA,
            heldOn: '2023-08-31',
            aims: ['COMMUNITY'],
            themes: ['volunteering'],
          },
        ],
        [
          'b1',
          {
            partnerId: partnerB,
            heldOn: '2023-03-01',
            aims: ['CONFIDENCE'],
            themes: ['peer support'],
          },
        ],
        // outside the year on either side
        [
          'old',
          {
            partnerId: partnerA,
            heldOn: '2022-08-31',
            aims: ['CONFIDENCE'],
            themes: ['peer support'],
          },
        ],
        [
          'new',
          {
            partnerId: partnerA,
            heldOn: '2023-09-01',
            aims: ['CONFIDENCE'],
            themes: ['peer support'],
          },
        ],
      ];
      for (const [key, change] of seed) {
        const res = await record(note(change));
        expect(res.data!.recordFocusGroupNote.errors).toEqual([]);
        ids[key] = res.data!.recordFocusGroupNote.note!.id;
      }
    });

    const list = (vars: Record<string, unknown>, caller: Caller = coordinator) =>
      sg.query<ListRes>(LIST, { academicYear: YEAR, ...vars }, caller);
    const listed = async (vars: Record<string, unknown>, caller?: Caller) => {
      const res = await list(vars, caller);
      expect(res.errors).toBeUndefined();
      return res.data!.focusGroupNotes.edges.map((e) => e.node.id);
    };

    it('lists a year, most recently held first, for the coordinator', async () => {
      expect(await listed({})).toEqual([ids.a3, ids.b1, ids.a2, ids.a1]);
    });

    it('filters by aim, theme (normalised), partner and year', async () => {
      expect(await listed({ aim: 'WELLBEING' })).toEqual([ids.a1]);
      expect(await listed({ theme: '  PEER Support ' })).toEqual([ids.b1, ids.a2, ids.a1]);
      expect(await listed({ partnerId: partnerB })).toEqual([ids.b1]);
      expect(await listed({ aim: 'CONFIDENCE', theme: 'exams', partnerId: partnerA })).toEqual([
        ids.a1,
      ]);
      expect(await listed({ academicYear: 2023, partnerId: partnerA })).toContain(ids.new);
      expect(await listed({ academicYear: 2021, partnerId: partnerA })).toContain(ids.old);
    });

    it('pages with first and after, without gaps or repeats', async () => {
      const page1 = await list({ first: 3 });
      expect(page1.data!.focusGroupNotes.pageInfo.hasNextPage).toBe(true);
      const page2 = await list({ first: 3, after: page1.data!.focusGroupNotes.pageInfo.endCursor });
      expect(page2.data!.focusGroupNotes.pageInfo.hasNextPage).toBe(false);
      expect(
        [...page1.data!.focusGroupNotes.edges, ...page2.data!.focusGroupNotes.edges].map(
          (e) => e.node.id,
        ),
      ).toEqual([ids.a3, ids.b1, ids.a2, ids.a1]);
      const bad = await list({ after: 'not-a-cursor' });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it("shows heads and champions their own partner's notes only", async () => {
      expect(await listed({}, as(['HEAD'], partnerA))).toEqual([ids.a3, ids.a2, ids.a1]);
      expect(await listed({}, as(['CHAMPION'], partnerB))).toEqual([ids.b1]);
      const other = await list({ partnerId: partnerB }, as(['HEAD'], partnerA));
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it.each([[['STUDENT'] as Role[]], [['ASSOCIATE'] as Role[]], [['TEACHER'] as Role[]]])(
      'is FORBIDDEN for %j (notes and themes)',
      async (roles) => {
        const notes = await list({}, as(roles, partnerA));
        expect(notes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        // Only the forbidden field is null: a query asking for more keeps its other fields.
        expect(notes.data).toEqual({ focusGroupNotes: null });
        const themes = await sg.query<ThemesRes>(THEMES, { y: YEAR }, as(roles, partnerA));
        expect(themes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      },
    );

    it('counts notes per theme per aim in one SQL statement', async () => {
      sg.running.sqlLog.reset();
      const res = await sg.query<ThemesRes>(THEMES, { y: YEAR });
      expect(sg.running.sqlLog.queries).toBe(1);
      expect(res.data!.themes).toEqual([
        { theme: 'peer support', aim: 'CONFIDENCE', notes: 3 },
        { theme: 'exams', aim: 'CONFIDENCE', notes: 1 },
        { theme: 'exams', aim: 'WELLBEING', notes: 1 },
        { theme: 'peer support', aim: 'WELLBEING', notes: 1 },
        { theme: 'volunteering', aim: 'COMMUNITY', notes: 1 },
      ]);
    });

    it("counts only the caller's partner's notes for heads and champions", async () => {
      const res = await sg.query<ThemesRes>(THEMES, { y: YEAR }, as(['CHAMPION'], partnerB));
      expect(res.data!.themes).toEqual([{ theme: 'peer support', aim: 'CONFIDENCE', notes: 1 }]);
    });
  });

  it('erasing the recorder keeps the note and drops the link to them', async () => {
    const head = as(['HEAD'], partnerA);
    const res = await record(note(), head);
    const id = res.data!.recordFocusGroupNote.note!.id;
    await upstream.personErased(head.subject);
    const [row] = await sg.running.dataSource.query(
      `SELECT recorded_by, summary FROM focus_group_note WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ recorded_by: null, summary: note().summary });
  });
});
