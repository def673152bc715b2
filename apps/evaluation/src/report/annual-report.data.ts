import type { DataSource } from 'typeorm';
import { AIMS } from '../domain/focus-group';
import type { Aim } from '../domain/focus-group';
import { INSTRUMENT_REGISTRY } from '../domain/instruments';
import type { Instrument } from '../domain/instruments';
import { MIN_CELL_SIZE, MIN_COMPARISON_SIZE } from '../domain/statistics';
import { MIN_RESPONDENTS_BEHIND_A_SCHOOL } from '../domain/student-voice';
import { themeCounts } from '../use-cases/focus-group-notes.query';
import { CI_METHOD, impactReport, yearLabel } from '../use-cases/impact-report.query';
import type { ImpactCell } from '../use-cases/impact-report.query';
import { REACH_METHOD, reachReport } from '../use-cases/reach-report.query';
import type { ReachReportModel } from '../use-cases/reach-report.query';
import { listStudentVoices } from '../use-cases/student-voices.query';

/** What each of the partnership's aims means (DOMAIN.md: agreed at the outset). */
export const AIM_DESCRIPTIONS: Record<Aim, string> = {
  WIDENING_HORIZONS: 'Widening horizons: experiences beyond a student’s own school and sector',
  RAISING_ASPIRATIONS: 'Raising aspirations: what students believe they can go on to do',
  CONFIDENCE: 'Confidence: students’ belief in themselves',
  RESILIENCE: 'Resilience: bouncing back from setbacks',
  WELLBEING: 'Well-being: mental well-being measured with validated scales',
  COMMUNITY: 'Community: a sense of belonging across the partnership',
};

/** Quotes in the report: the coordinator's publishable ones, newest first, at most this many. */
export const MAX_REPORT_QUOTES = 12;

/** The headline of one instrument: everyone surveyed with it this year (dose band ALL). */
export interface Headline {
  instrument: Instrument;
  instrumentName: string;
  cell: ImpactCell;
}

export interface AnnualReportModel {
  academicYear: number;
  yearLabel: string;
  generatedAt: Date;
  aims: Array<{ aim: Aim; description: string; eventsServing: number }>;
  programme: { completedEvents: number; byKind: Array<{ kind: string; events: number }> };
  reach: ReachReportModel;
  /** by instrument, from impactReport(YEAR): the same numbers the impactReport query returns */
  headlines: Headline[];
  /** impactReport(AIM) cells, by aim and instrument */
  byAim: ImpactCell[];
  /** impactReport(YEAR) cells, every dose band, by instrument */
  byDose: ImpactCell[];
  quotes: Array<{ text: string; eventTitle: string; phase: 'PRE' | 'POST'; themes: string[] }>;
  themes: Array<{ theme: string; notes: number; aims: Aim[] }>;
  suppression: string[];
  method: string[];
}

/**
 * Everything the annual impact report shows for one academic year, partnership-wide. Every
 * number comes from the use cases behind the graph's queries (impactReport, reachReport,
 * studentVoices, themes): the document computes nothing of its own, so its headline numbers are
 * the impactReport query's.
 */
export async function gatherAnnualReport(
  dataSource: DataSource,
  academicYear: number,
  now: Date = new Date(),
): Promise<AnnualReportModel> {
  const years = { academicYears: [academicYear] };
  const [byAim, byYear, reach, voices, themeRows, programme] = await Promise.all([
    impactReport(dataSource, 'AIM', years),
    impactReport(dataSource, 'YEAR', years),
    reachReport(dataSource, academicYear, { kind: 'all' }),
    listStudentVoices(
      dataSource,
      { kind: 'all' },
      { academicYear, publishableOnly: true, first: MAX_REPORT_QUOTES },
    ),
    themeCounts(dataSource, { kind: 'all' }, academicYear),
    programmeOf(dataSource, academicYear),
  ]);

  const titles = await eventTitles(
    dataSource,
    voices.edges.map((e) => e.node.eventId),
  );
  const themes = new Map<string, { theme: string; notes: number; aims: Aim[] }>();
  for (const t of themeRows) {
    // A note with two aims is counted under each; the report's count is per theme, so the
    // largest per-aim count is a lower bound of the notes, stated as such in the method.
    const seen = themes.get(t.theme) ?? { theme: t.theme, notes: 0, aims: [] };
    seen.notes = Math.max(seen.notes, t.notes);
    seen.aims.push(t.aim);
    themes.set(t.theme, seen);
  }

  const headlines = byYear
    .filter((c) => c.doseBand === 'ALL')
    .map((cell) => ({
      instrument: cell.instrument,
      instrumentName: INSTRUMENT_REGISTRY[cell.instrument].name,
      cell,
    }));
  const suppressedImpact = [...byAim, ...byYear].filter((c) => c.suppressed).length;
  const suppressedReach = [...reach.rows, ...reach.byKind, ...(reach.total ? [reach.total] : [])]
    .map((r) => r.suppressed.length)
    .reduce((a, b) => a + b, 0);
  const instrumentsUsed = [...new Set([...byAim, ...byYear].map((c) => c.instrument))];

  return {
    academicYear,
    yearLabel: yearLabel(academicYear),
    generatedAt: now,
    aims: AIMS.map((aim) => ({
      aim,
      description: AIM_DESCRIPTIONS[aim],
      eventsServing: programme.byAim.get(aim) ?? 0,
    })),
    programme: { completedEvents: programme.completed, byKind: programme.byKind },
    reach,
    headlines,
    byAim,
    byDose: byYear,
    quotes: voices.edges.map(({ node }) => ({
      text: node.text,
      eventTitle: titles.get(node.eventId) ?? 'an event',
      phase: node.phase,
      themes: node.themes,
    })),
    themes: [...themes.values()].sort(
      (a, b) => b.notes - a.notes || a.theme.localeCompare(b.theme),
    ),
    suppression: [
      `Any result about fewer than ${MIN_CELL_SIZE} people is suppressed (shown as “–”), and so is any other result from which it could be worked out by subtraction (complementary suppression).`,
      `This year ${suppressedImpact} pre/post result${suppressedImpact === 1 ? ' was' : 's were'} suppressed, and ${suppressedReach} reach count${suppressedReach === 1 ? ' was' : 's were'} suppressed.`,
      `Results about fewer than ${MIN_COMPARISON_SIZE} people are marked “too few to conclude”.`,
      `Quotes are the coordinator’s selection of students’ answers marked publishable; they never carry a name, and this report does not name the school a quote came from (the quote bank names one only when at least ${MIN_RESPONDENTS_BEHIND_A_SCHOOL} of its students answered the same survey).`,
    ],
    method: [
      'Students answer a validated questionnaire before (PRE) and after (POST) each event; the change is the same student’s POST score minus their PRE score, on the instrument’s own scale. Instruments are never pooled: each result names its instrument.',
      `${CI_METHOD}. The unit is the student: someone who answered after several events counts once, with the mean of their changes.`,
      'Dose is the number of events a student attended in the academic year (from recorded attendance); the dose-response chart compares students at 1, 2 or more, and 4 or more events (4+ lies within 2+).',
      REACH_METHOD,
      'Focus-group themes: how many notes carry each theme under its most frequent aim (a note tagged with several aims counts once per aim).',
      `Academic year ${yearLabel(academicYear)}: 1 September to 31 August, London time.`,
      ...instrumentsUsed.flatMap((i) => {
        const notice = INSTRUMENT_REGISTRY[i].licenceNotice;
        return notice ? [`${INSTRUMENT_REGISTRY[i].name}: ${notice}`] : [];
      }),
    ],
  };
}

async function programmeOf(
  dataSource: DataSource,
  academicYear: number,
): Promise<{
  completed: number;
  byKind: Array<{ kind: string; events: number }>;
  byAim: Map<string, number>;
}> {
  const kinds = (await dataSource.query(
    `SELECT kind, count(*)::int AS events FROM event_projection
      WHERE academic_year = $1 AND status = 'COMPLETED'
      GROUP BY kind ORDER BY events DESC, kind`,
    [academicYear],
  )) as Array<{ kind: string; events: number }>;
  const aims = (await dataSource.query(
    `SELECT aim, count(*)::int AS events FROM event_projection CROSS JOIN LATERAL unnest(aims) AS aim
      WHERE academic_year = $1 AND status = 'COMPLETED' GROUP BY aim`,
    [academicYear],
  )) as Array<{ aim: string; events: number }>;
  return {
    completed: kinds.reduce((a, k) => a + k.events, 0),
    byKind: kinds,
    byAim: new Map(aims.map((a) => [a.aim, a.events])),
  };
}

async function eventTitles(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = (await dataSource.query(
    `SELECT id, title FROM event_projection WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  )) as Array<{ id: string; title: string }>;
  return new Map(rows.map((r) => [r.id, r.title]));
}
