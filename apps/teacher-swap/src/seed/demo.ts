import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Phase, SwapSector } from '../domain/swap-offer-rules';
import { ukToday } from '../domain/swap-offer-rules';

/**
 * The shared demo ids this service needs (the lead's DemoIds will provide them): teachers of
 * state and independent schools, with their school's sector.
 */
export interface TeacherSwapDemoIds {
  teachers: Array<{ personId: string; sector: SwapSector }>;
}

/** A stable uuid (v5 layout) from a name, so re-seeding finds the same rows. */
function demoUuid(name: string): string {
  const h = createHash('sha1').update(`ekst-demo:teacher-swap:${name}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Invented offers: subjects and notes a real teacher might write.
const OFFERS: Array<{
  subjects: string[];
  phase: Phase;
  startsIn: number;
  lasts: number;
  miles: number;
  notes: string | null;
}> = [
  {
    subjects: ['Physics', 'Combined Science'],
    phase: 'KS4',
    startsIn: 21,
    lasts: 14,
    miles: 15,
    notes: 'Keen to see how practical work is run with smaller groups.',
  },
  {
    subjects: ['English Literature'],
    phase: 'KS5',
    startsIn: 35,
    lasts: 21,
    miles: 20,
    notes: 'Interested in comparing approaches to the coursework essay.',
  },
  { subjects: ['Mathematics'], phase: 'KS3', startsIn: 14, lasts: 30, miles: 12, notes: null },
  {
    subjects: ['Music', 'Music Technology'],
    phase: 'KS4',
    startsIn: 49,
    lasts: 10,
    miles: 25,
    notes: 'Could bring a small ensemble for a joint rehearsal.',
  },
  {
    subjects: ['Geography'],
    phase: 'KS3',
    startsIn: 28,
    lasts: 14,
    miles: 10,
    notes: 'Fieldwork on the Stour would suit a joint day.',
  },
  { subjects: ['Computer Science'], phase: 'KS5', startsIn: 42, lasts: 28, miles: 30, notes: null },
  {
    subjects: ['French', 'Spanish'],
    phase: 'KS3',
    startsIn: 56,
    lasts: 14,
    miles: 18,
    notes: 'Happy to run a language taster session.',
  },
];

/**
 * Inserts a few swap offers for the demo teachers, idempotently: one per teacher while offers
 * last, the last of them withdrawn so both states appear. Dates are relative to today so the
 * offers stay current.
 */
export async function seedDemo(
  dataSource: DataSource,
  ids: TeacherSwapDemoIds,
  opts: { today?: string } = {},
): Promise<void> {
  const today = opts.today ?? ukToday();
  const pairs = ids.teachers
    .slice(0, OFFERS.length)
    .map((teacher, i) => ({ teacher, offer: OFFERS[i] }));
  await dataSource.transaction(async (m) => {
    for (const [i, { teacher, offer }] of pairs.entries()) {
      const from = addDays(today, offer.startsIn);
      const withdrawn = i === pairs.length - 1 && pairs.length > 1;
      await m.query(
        `INSERT INTO swap_offer (id, teacher_id, subjects, phase, available_from, available_to, max_travel_miles, notes, status, sector, withdrawn_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT DO NOTHING`,
        [
          demoUuid(`${teacher.personId}:0`),
          teacher.personId,
          offer.subjects,
          offer.phase,
          from,
          addDays(from, offer.lasts),
          offer.miles,
          offer.notes,
          withdrawn ? 'WITHDRAWN' : 'OPEN',
          teacher.sector,
          withdrawn ? new Date() : null,
        ],
      );
    }
  });
}
