import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { startEvaluationDatabase } from './evaluation-database';
import { impactReport } from '../src/use-cases/impact-report.query';

/**
 * Cells count people, not responses: a student who answered after several events of the same
 * aim is one person with the mean of their changes. Otherwise 5 people answering twice would show
 * as a cell of 10, beating the suppression rule.
 */
describe('impact report units', () => {
  let ds: DataSource;
  let stop: () => Promise<void>;
  const partnerId = randomUUID();
  const events = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    ({ ds, stop } = await startEvaluationDatabase('impact-units-test'));
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'Unit School', 'STATE', 'STATE', '2020-09-01')`,
      [partnerId],
    );
    for (const [i, id] of events.entries()) {
      const start = new Date(Date.UTC(2025, 10, 3 + i * 7, 9));
      await ds.query(
        `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at, aims, academic_year, year_groups)
         VALUES ($1, $2, 'WELLBEING', $3, $4, $5, 'COMPLETED', now(), '{WELLBEING}', 2025, '{12}')`,
        [id, `Unit event ${i}`, partnerId, start, new Date(start.getTime() + 3600000)],
      );
      await ds.query(
        `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
         VALUES ($1, $2, 'POST', 'SWEMWBS', $3, $4, 'CLOSED')`,
        [randomUUID(), id, start, new Date(start.getTime() + 86400000)],
      );
    }
  });

  afterAll(async () => {
    await stop?.();
  });

  async function respond(personId: string, eventId: string, change: number): Promise<void> {
    const [{ id: surveyId }] = (await ds.query(`SELECT id FROM survey WHERE event_id = $1`, [
      eventId,
    ])) as Array<{ id: string }>;
    const invitation = randomUUID();
    await ds.query(
      `INSERT INTO survey_invitation (id, token, survey_id, person_id, responded_at) VALUES ($1, $2, $3, $4, now())`,
      [invitation, randomUUID(), surveyId, personId],
    );
    await ds.query(
      `INSERT INTO survey_response (id, survey_id, invitation_id, answers, score, change) VALUES ($1, $2, $3, '[]', 20, $4)`,
      [randomUUID(), surveyId, invitation, change],
    );
    await ds.query(
      `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at) VALUES ($1, $2, 'ATTENDED', 2025, now())
       ON CONFLICT DO NOTHING`,
      [personId, eventId],
    );
  }

  async function allCell() {
    const cells = await impactReport(ds, 'AIM', { academicYears: [2025] });
    return cells.find((c) => c.groupKey === 'WELLBEING' && c.doseBand === 'ALL');
  }

  it('suppresses five people who answered twice (ten responses), and averages each person', async () => {
    const five = Array.from({ length: 5 }, () => randomUUID());
    for (const p of five) {
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', 12)`,
        [p, partnerId],
      );
      await respond(p, events[0], 1);
      await respond(p, events[1], 3);
    }
    expect(await allCell()).toMatchObject({ n: null, suppressed: true });

    const more = Array.from({ length: 5 }, () => randomUUID());
    for (const p of more) {
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', 12)`,
        [p, partnerId],
      );
      await respond(p, events[0], 4);
    }
    const cell = await allCell();
    // ten people: five with mean change 2, five with 4
    expect(cell).toMatchObject({ n: 10, suppressed: false });
    expect(cell?.meanChange).toBeCloseTo(3, 6);
  });
});
