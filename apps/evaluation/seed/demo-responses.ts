import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Instrument } from '../src/domain/instruments';
import { scoreStirling } from '../src/domain/scoring/stirling';
import { scoreSwemwbs } from '../src/domain/scoring/swemwbs';
import { academicYearOf } from '../src/domain/statistics';
import { instrumentForRespondent } from '../src/domain/survey-windows';
import { modelledPair, modelledStirlingPair, seededRandom } from './response-model';
import type { ModelledPair } from './response-model';

export interface DemoResponsesInput {
  /** demo students: partner and year group, as people announces them */
  students: ReadonlyArray<{ id: string; partnerId: string; yearGroup: number }>;
  /** completed demo events and who attended each (attendance, not registration) */
  attendance: ReadonlyArray<{ eventId: string; attendeeIds: readonly string[] }>;
  /** share of attendees who answer both surveys; default 0.8 */
  responseRate?: number;
  seed?: number;
  /** write the demo reflections and clear some for the annual report; default true */
  reflections?: boolean;
}

function demoId(label: string): string {
  const h = createHash('sha1').update(`ekst-demo:evaluation:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** What students wrote to "What will you do that is new or different…?" (invented). */
export const DEMO_REFLECTIONS = [
  'I will talk to someone when exams get too much instead of keeping it in.',
  'I am going to put my phone in another room an hour before bed.',
  'I will try the breathing exercise before my mocks.',
  'I want to join the rowing club now I know I can do it.',
  'I will say hello to the people I met from the other schools.',
  'I will write down three good things each evening.',
  'I am going to ask my teacher about the sixth form open evening.',
  'I will go for a walk at lunch instead of staying inside.',
  'I feel less alone because other people worry about the same things.',
  'I will plan my revision in small chunks with breaks.',
  'I am going to look up the university taster days.',
  'I will stop comparing myself to people online.',
] as const;

/** Every this-many-th reflection is one the coordinator has cleared for the annual report. */
const PUBLISHABLE_EVERY = 15;

/** The scale and scoring of each band the demo models (the younger band's is Stirling). */
const MODELLED: Partial<
  Record<
    Instrument,
    { pair: (dose: number, r: () => number) => ModelledPair; score: (a: number[]) => number }
  >
> = {
  SWEMWBS: { pair: modelledPair, score: (a) => scoreSwemwbs(a)?.metric ?? 0 },
  STIRLING: { pair: modelledStirlingPair, score: (a) => scoreStirling(a)?.score ?? 0 },
};

/**
 * Demo responses generated from the stated models in `response-model.ts`, not hand-typed: for
 * every given event (run `seedDemo` first), each attendee answers the PRE and POST surveys of
 * their age band's instrument (`instrumentForRespondent`: SWEMWBS for years 11–13, Stirling for
 * years 7–10) at `responseRate`, with answers drawn for their dose — the events they attended in
 * that academic year. Each band draws from its own seeded stream, so adding the younger band left
 * the sixth-formers' answers as they were. Every third POST response carries a reflection (from
 * `DEMO_REFLECTIONS`), and every fifteenth of those is cleared for the annual report with a theme
 * tag, as the coordinator would. Also fills the person and attendance projections the reports group by,
 * as people's and events' messages would. Idempotent (fixed ids, ON CONFLICT DO NOTHING).
 */
export async function seedDemoResponses(
  dataSource: DataSource,
  input: DemoResponsesInput,
): Promise<{ pairs: number; pairsByInstrument: Record<string, number>; quotes: number }> {
  const seed = input.seed ?? 2025;
  const streams: Partial<Record<Instrument, () => number>> = {
    SWEMWBS: seededRandom(seed),
    STIRLING: seededRandom(seed + 1),
  };
  const rate = input.responseRate ?? 0.8;
  let pairs = 0;
  let quotes = 0;
  const pairsByInstrument: Record<string, number> = {};
  await dataSource.transaction(async (m) => {
    for (const s of input.students) {
      await m.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', $3)
         ON CONFLICT (id) DO NOTHING`,
        [s.id, s.partnerId, s.yearGroup],
      );
    }
    const events = (await m.query(
      `SELECT e.id, e.starts_at, e.ends_at,
              coalesce(jsonb_object_agg(pre.instrument, jsonb_build_array(pre.id, post.id))
                         FILTER (WHERE post.id IS NOT NULL), '{}') AS surveys
       FROM event_projection e
       LEFT JOIN survey pre ON pre.event_id = e.id AND pre.phase = 'PRE'
       LEFT JOIN survey post ON post.event_id = e.id AND post.phase = 'POST'
                            AND post.instrument = pre.instrument
       WHERE e.id = ANY($1::uuid[])
       GROUP BY e.id`,
      [input.attendance.map((a) => a.eventId)],
    )) as Array<{
      id: string;
      starts_at: Date;
      ends_at: Date;
      /** instrument → [PRE survey id, POST survey id] */
      surveys: Partial<Record<Instrument, [string, string]>>;
    }>;
    const byId = new Map(events.map((e) => [e.id, e]));
    const yearOf = new Map(input.students.map((s) => [s.id, s.yearGroup]));
    const dose = new Map<string, number>();
    for (const a of input.attendance) {
      const e = byId.get(a.eventId);
      if (!e) continue;
      const year = academicYearOf(e.starts_at);
      for (const personId of a.attendeeIds) {
        await m.query(
          `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at)
           VALUES ($1, $2, 'ATTENDED', $3, $4) ON CONFLICT DO NOTHING`,
          [personId, e.id, year, e.ends_at],
        );
        dose.set(`${year}:${personId}`, (dose.get(`${year}:${personId}`) ?? 0) + 1);
      }
    }
    for (const a of input.attendance) {
      const e = byId.get(a.eventId);
      if (!e) continue;
      const year = academicYearOf(e.starts_at);
      for (const personId of a.attendeeIds) {
        // The band's instrument: the model is stated on SWEMWBS and Stirling only (adults and
        // students of no known year group answer nothing here).
        const yearGroup = yearOf.get(personId);
        if (yearGroup === undefined) continue;
        const instrument = instrumentForRespondent(yearGroup);
        const model = MODELLED[instrument];
        const random = streams[instrument];
        const surveys = e.surveys[instrument];
        if (!model || !random || !surveys) continue;
        if (random() >= rate) continue;
        const { pre, post } = model.pair(dose.get(`${year}:${personId}`) ?? 1, random);
        const preScore = model.score(pre);
        const postScore = model.score(post);
        pairs += 1;
        pairsByInstrument[instrument] = (pairsByInstrument[instrument] ?? 0) + 1;
        // Every third pair's POST answer says what the student will do differently.
        const reflection =
          input.reflections !== false && pairs % 3 === 0
            ? DEMO_REFLECTIONS[(pairs / 3) % DEMO_REFLECTIONS.length]
            : null;
        for (const [surveyId, answers, score, change, at, words] of [
          [surveys[0], pre, preScore, null, e.starts_at, null],
          [surveys[1], post, postScore, postScore - preScore, e.ends_at, reflection],
        ] as const) {
          const invitationId = demoId(`invitation:${surveyId}:${personId}`);
          const responseId = demoId(`response:${invitationId}`);
          await m.query(
            `INSERT INTO survey_invitation (id, token, survey_id, person_id, invited_at, responded_at)
             VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING`,
            [invitationId, demoId(`token:${invitationId}`), surveyId, personId, at],
          );
          await m.query(
            `INSERT INTO survey_response (id, survey_id, invitation_id, answers, score, change, reflection, responded_at)
             VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
            [responseId, surveyId, invitationId, JSON.stringify(answers), score, change, words, at],
          );
          if (!words) continue;
          quotes += 1;
          if (quotes % PUBLISHABLE_EVERY !== 1) continue;
          await m.query(
            `INSERT INTO student_voice_annotation (response_id, publishable, themes, annotated_at)
             VALUES ($1, true, $2, $3) ON CONFLICT DO NOTHING`,
            [responseId, [instrument === 'STIRLING' ? 'younger voices' : 'sixth form'], e.ends_at],
          );
        }
      }
    }
  });
  return { pairs, pairsByInstrument, quotes };
}
