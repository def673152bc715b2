import { createHash } from 'node:crypto';
import type { EVENT_KINDS, EVENT_STATUSES, PartnerKind, Sector } from '@ekst/contracts';
import type { DataSource } from 'typeorm';
import type { Instrument } from '../src/domain/instruments';
import { academicYearOf } from '../src/domain/statistics';
import { instrumentsForEvent } from '../src/domain/survey-windows';
import type { SurveyPhase, SurveyStatus } from '../src/domain/survey';

type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The shared demo ids evaluation needs (the lead's DemoIds will provide them): the demo partners,
 * and the demo programme as events announces it. Copied into the projections so surveys can be
 * seeded before (or without) the events topic being read; real EventScheduled messages then win,
 * since the seeded rows carry the oldest possible occurredAt.
 */
export interface EvaluationDemoIds {
  partners: ReadonlyArray<{
    id: string;
    name: string;
    kind: PartnerKind;
    sector: Sector;
    joinedOn: string;
  }>;
  events: ReadonlyArray<{
    id: string;
    title: string;
    kind: EventKind;
    hostPartnerId: string | null;
    startsAt: Date;
    endsAt: Date;
    status: (typeof EVENT_STATUSES)[number];
    /** the event's year groups: its surveys then use one validated instrument per age band */
    yearGroups?: readonly number[];
  }>;
}

function demoId(label: string): string {
  const h = createHash('sha1').update(`ekst-demo:evaluation:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Which instrument a demo event is evaluated with. Teacher events reflect in custom items;
 * student events use a wellbeing or resilience scale suited to what the event is for.
 */
const INSTRUMENT_FOR_KIND: Record<EventKind, Instrument> = {
  TEACHMEET: 'CUSTOM',
  CPD: 'CUSTOM',
  SUBJECT_CLUSTER: 'CUSTOM',
  TEACHER_SWAP_VISIT: 'CUSTOM',
  WELLBEING: 'SWEMWBS',
  OUTDOOR_LEARNING: 'BRIEF_RESILIENCE',
  SPORT: 'BRIEF_RESILIENCE',
  CHOIR: 'STIRLING',
  BAKE_OFF: 'STIRLING',
  STUDENT_VOICE: 'STIRLING',
  OTHER: 'CUSTOM',
};

const DAY = 86_400_000;

function statusAt(now: Date, opensAt: Date, closesAt: Date, eventStatus: string): SurveyStatus {
  // Surveys of events not yet published stay drafts; others follow their window.
  if (eventStatus === 'DRAFT') return 'DRAFT';
  if (now < opensAt) return 'DRAFT';
  return now < closesAt ? 'OPEN' : 'CLOSED';
}

/** Inserts PRE and POST surveys for every demo event that is not cancelled; safe to run again. */
export async function seedDemo(
  dataSource: DataSource,
  ids: EvaluationDemoIds,
  opts: { now?: Date } = {},
): Promise<void> {
  const now = opts.now ?? new Date();
  await dataSource.transaction(async (m) => {
    for (const p of ids.partners) {
      await m.query(
        `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING`,
        [p.id, p.name, p.kind, p.sector, p.joinedOn],
      );
    }
    for (const e of ids.events) {
      await m.query(
        `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at, academic_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7, timestamptz 'epoch', $8) ON CONFLICT (id) DO NOTHING`,
        [
          e.id,
          e.title,
          e.kind,
          e.hostPartnerId,
          e.startsAt,
          e.endsAt,
          e.status,
          academicYearOf(e.startsAt),
        ],
      );
      if (e.status === 'CANCELLED') continue;
      const windows: Array<[SurveyPhase, Date, Date]> = [
        ['PRE', new Date(e.startsAt.getTime() - 7 * DAY), e.startsAt],
        ['POST', e.endsAt, new Date(e.endsAt.getTime() + 14 * DAY)],
      ];
      // One survey per age band's validated instrument when the year groups are known (the
      // first keeps the id it always had, so a re-run on an older demo adds nothing twice).
      const instruments = e.yearGroups?.length
        ? instrumentsForEvent({ audience: 'STUDENTS', yearGroups: e.yearGroups })
        : [INSTRUMENT_FOR_KIND[e.kind]];
      for (const [phase, opensAt, closesAt] of windows) {
        for (const [k, instrument] of instruments.entries()) {
          await m.query(
            `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
            [
              demoId(k === 0 ? `${e.id}:${phase}` : `${e.id}:${phase}:${instrument}`),
              e.id,
              phase,
              instrument,
              opensAt,
              closesAt,
              statusAt(now, opensAt, closesAt, e.status),
            ],
          );
        }
      }
    }
  });
}
