import { randomUUID } from 'node:crypto';
import { PeopleEvents, SwapEvents } from '@ekst/contracts';
import type { Envelope, SwapReflectedV1 } from '@ekst/contracts';
import {
  eventually,
  KafkaTestBus,
  startTestSubgraph,
  testCaller,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { evaluationModule } from '../src/module';

interface Row {
  swap_id: string;
  teacher_id: string | null;
  partner_id: string;
  reflected_on: string;
  academic_year: number;
  aims: string[];
}

/**
 * Issue 12: a teacher's swap reflection reaches evaluation as evidence. The test bus plays
 * teacher-swap and people on the real broker.
 */
describe('swap reflections as evaluation evidence (SwapReflected)', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const bus = new KafkaTestBus(prefix);

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await bus.start();
  });
  afterAll(async () => {
    await bus.stop();
    await sg?.stop();
  });

  const applied = (e: Envelope<unknown>) =>
    eventually(async () => {
      const rows = (await sg.running.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [
        e.id,
      ])) as unknown[];
      return rows.length === 1;
    });
  const rowsOf = (swapId: string) =>
    sg.running.dataSource.query(
      `SELECT swap_id, teacher_id, partner_id, to_char(reflected_on, 'YYYY-MM-DD') AS reflected_on,
              academic_year, aims
       FROM swap_reflection WHERE swap_id = $1 ORDER BY reflected_on`,
      [swapId],
    ) as Promise<Row[]>;
  const reflect = async (p: SwapReflectedV1) => {
    const e = await bus.publish('teacher-swap', SwapEvents.reflected, p.swapId, p);
    await applied(e);
    return e;
  };

  it('keeps one row per teacher and swap, with aims and academic year, however often it is delivered', async () => {
    const swapId = randomUUID();
    const [visitor, host] = [randomUUID(), randomUUID()];
    const [visitorSchool, hostSchool] = [randomUUID(), randomUUID()];
    const first = await reflect({
      swapId,
      teacherId: visitor,
      partnerId: visitorSchool,
      reflectedOn: '2026-07-20',
      aims: ['WIDENING_HORIZONS', 'CONFIDENCE', 'CONFIDENCE'],
    });
    await reflect({
      swapId,
      teacherId: host,
      partnerId: hostSchool,
      reflectedOn: '2026-09-01',
      aims: [],
    });
    // The same envelope again, and a new one for the same teacher: nothing changes.
    await bus.send('teacher-swap', first);
    await reflect({ ...(first.payload as SwapReflectedV1), aims: ['COMMUNITY'] });

    expect(await rowsOf(swapId)).toEqual([
      {
        swap_id: swapId,
        teacher_id: visitor,
        partner_id: visitorSchool,
        reflected_on: '2026-07-20',
        academic_year: 2025,
        aims: ['WIDENING_HORIZONS', 'CONFIDENCE'],
      },
      {
        swap_id: swapId,
        teacher_id: host,
        partner_id: hostSchool,
        reflected_on: '2026-09-01',
        academic_year: 2026,
        aims: [],
      },
    ]);
  });

  it("counts a year's completed swaps and reflections by aim for the coordinator, a head's own school only, and nobody else", async () => {
    const [school, otherSchool] = [randomUUID(), randomUUID()];
    const swapId = randomUUID();
    const teachers: string[] = [];
    for (const [partnerId, aims] of [
      [school, ['CONFIDENCE', 'WIDENING_HORIZONS']],
      [otherSchool, ['WIDENING_HORIZONS', 'NOT_AN_AIM']],
    ] as const) {
      const teacherId = randomUUID();
      teachers.push(teacherId);
      await applied(
        await bus.publish('people', PeopleEvents.registered, teacherId, {
          personId: teacherId,
          partnerId,
          roles: ['TEACHER'],
          yearGroup: null,
        }),
      );
      await reflect({ swapId, teacherId, partnerId, reflectedOn: '2031-10-01', aims: [...aims] });
    }
    const completion = { swapId, completedOn: '2031-09-26', teacherIds: teachers };
    for (let i = 0; i < 2; i++)
      await applied(await bus.publish('teacher-swap', SwapEvents.completed, swapId, completion));
    expect(
      await sg.running.dataSource.query(
        `SELECT academic_year, partner_ids FROM swap_completion WHERE swap_id = $1`,
        [swapId],
      ),
    ).toEqual([{ academic_year: 2031, partner_ids: [school, otherSchool].sort() }]);
    const QUERY = `query($partnerId: ID) {
      swapReflectionEvidence(academicYear: 2031, partnerId: $partnerId) {
        academicYear reflections swaps completedSwaps byAim { aim reflections }
      }
    }`;
    const ask = (roles: Array<'COORDINATOR' | 'HEAD' | 'TEACHER'>, partnerId?: string) =>
      sg.query<{ swapReflectionEvidence: unknown }>(
        QUERY,
        { partnerId },
        testCaller(roles, { partnerId: school }),
      );

    expect((await ask(['COORDINATOR'])).data!.swapReflectionEvidence).toEqual({
      academicYear: 2031,
      reflections: 2,
      swaps: 1,
      completedSwaps: 1,
      byAim: [
        { aim: 'WIDENING_HORIZONS', reflections: 2 },
        { aim: 'CONFIDENCE', reflections: 1 },
      ],
    });
    expect((await ask(['HEAD'])).data!.swapReflectionEvidence).toEqual({
      academicYear: 2031,
      reflections: 1,
      swaps: 1,
      completedSwaps: 1,
      byAim: [
        { aim: 'WIDENING_HORIZONS', reflections: 1 },
        { aim: 'CONFIDENCE', reflections: 1 },
      ],
    });
    for (const res of [await ask(['HEAD'], otherSchool), await ask(['TEACHER'])]) {
      expect(res.data!.swapReflectionEvidence).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('keeps the evidence of an erased teacher without the teacher', async () => {
    const swapId = randomUUID();
    const teacher = randomUUID();
    await reflect({
      swapId,
      teacherId: teacher,
      partnerId: randomUUID(),
      reflectedOn: '2026-07-20',
      aims: ['RESILIENCE'],
    });
    const erased = await bus.publish('people', PeopleEvents.erased, teacher, {
      personId: teacher,
    });
    await applied(erased);
    expect(await rowsOf(swapId)).toEqual([
      expect.objectContaining({ teacher_id: null, aims: ['RESILIENCE'] }),
    ]);
  });
});
