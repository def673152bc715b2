import { isUuid } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Aim } from '../domain/focus-group';
import { normaliseTheme } from '../domain/focus-group';
import { MIN_RESPONDENTS_BEHIND_A_SCHOOL } from '../domain/student-voice';
import type { ReportScope } from '../domain/report-access';

export const MAX_VOICES_PAGE = 200;

/** One quote as the quote bank shows it: the words and their context, never who said them. */
export interface StudentVoiceModel {
  id: string;
  text: string;
  eventId: string;
  phase: 'PRE' | 'POST';
  academicYear: number;
  aims: Aim[];
  themes: string[];
  publishable: boolean;
  /** null unless at least MIN_RESPONDENTS_BEHIND_A_SCHOOL of the school answered the survey */
  partnerId: string | null;
}

export interface StudentVoicePage {
  edges: Array<{ cursor: string; node: StudentVoiceModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface StudentVoiceArgs {
  academicYear?: number | null;
  aim?: Aim | null;
  eventId?: string | null;
  theme?: string | null;
  publishableOnly?: boolean | null;
  partnerId?: string | null;
  first?: number | null;
  after?: string | null;
}

const badInput = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Opaque to clients: the last quote seen in (academic year DESC, id DESC) order. */
const encodeCursor = (v: { academicYear: number; id: string }) =>
  Buffer.from(`${v.academicYear}|${v.id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): { academicYear: number; id: string } | null {
  const [year, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !/^\d{4}$/.test(year ?? '') || !id || !isUuid(id)) return null;
  return { academicYear: Number(year), id };
}

interface Row {
  id: string;
  text: string;
  event_id: string;
  phase: 'PRE' | 'POST';
  academic_year: number;
  aims: Aim[];
  themes: string[];
  publishable: boolean;
  partner_id: string | null;
}

/**
 * The quote bank in one statement. A quote carries its school only when enough of that school's
 * students answered the same survey; a head or champion sees their own school's quotes only on
 * that condition (with fewer, they could tell who wrote it), and a partner filter matches only
 * quotes that carry their school. Erased people's words are gone (erasure clears the reflection);
 * a quote whose invitation retention deleted stays, with no school (the invitation is LEFT joined).
 */
export async function listStudentVoices(
  db: DataSource | EntityManager,
  scope: Exclude<ReportScope, { kind: 'forbidden' }>,
  args: StudentVoiceArgs,
): Promise<StudentVoicePage> {
  const first = Math.min(args.first ?? 50, MAX_VOICES_PAGE);
  if (first < 1) throw badInput('first must be at least 1');
  if (args.academicYear != null && (args.academicYear < 2000 || args.academicYear > 2100))
    throw badInput('academicYear must be a year such as 2025');
  if (args.eventId != null && !isUuid(args.eventId)) throw badInput('eventId must be an id');
  if (args.partnerId != null && !isUuid(args.partnerId)) throw badInput('partnerId must be an id');
  const cursor = args.after != null ? decodeCursor(args.after) : null;
  if (args.after != null && cursor === null) throw badInput('after is not a cursor from this list');
  const partner = scope.kind === 'partner' ? scope.partnerId : (args.partnerId ?? null);

  const rows = (await db.query(
    `SELECT r.id, r.reflection AS text, s.event_id, s.phase, e.academic_year, e.aims,
            coalesce(a.themes, '{}') AS themes, coalesce(a.publishable, false) AS publishable,
            CASE WHEN school.respondents >= $1 THEN pp.partner_id END AS partner_id
       FROM survey_response r
       JOIN survey s ON s.id = r.survey_id
       JOIN event_projection e ON e.id = s.event_id
       LEFT JOIN survey_invitation i ON i.id = r.invitation_id
       LEFT JOIN person_projection pp ON pp.id = i.person_id
       LEFT JOIN student_voice_annotation a ON a.response_id = r.id
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS respondents
           FROM survey_response r2
           JOIN survey_invitation i2 ON i2.id = r2.invitation_id
           JOIN person_projection p2 ON p2.id = i2.person_id
          WHERE r2.survey_id = r.survey_id AND p2.partner_id = pp.partner_id
       ) school ON pp.partner_id IS NOT NULL
      WHERE r.reflection IS NOT NULL AND btrim(r.reflection) <> ''
        AND ($2::int IS NULL OR e.academic_year = $2)
        AND ($3::text IS NULL OR $3 = ANY(e.aims))
        AND ($4::uuid IS NULL OR s.event_id = $4)
        AND ($5::text IS NULL OR $5 = ANY(a.themes))
        AND (NOT $6::boolean OR a.publishable)
        AND ($7::uuid IS NULL OR (pp.partner_id = $7 AND school.respondents >= $1))
        AND ($8::int IS NULL OR (e.academic_year, r.id) < ($8, $9::uuid))
      ORDER BY e.academic_year DESC, r.id DESC
      LIMIT $10`,
    [
      MIN_RESPONDENTS_BEHIND_A_SCHOOL,
      args.academicYear ?? null,
      args.aim ?? null,
      args.eventId ?? null,
      args.theme != null ? normaliseTheme(args.theme) : null,
      args.publishableOnly ?? false,
      partner,
      cursor?.academicYear ?? null,
      cursor?.id ?? null,
      first + 1,
    ],
  )) as Row[];
  const edges = rows.slice(0, first).map((r) => {
    const node: StudentVoiceModel = {
      id: r.id,
      text: r.text,
      eventId: r.event_id,
      phase: r.phase,
      academicYear: r.academic_year,
      aims: r.aims,
      themes: r.themes,
      publishable: r.publishable,
      partnerId: r.partner_id,
    };
    return { cursor: encodeCursor(node), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** One quote by id as the coordinator sees it (after annotating it). */
export async function studentVoiceById(
  db: DataSource | EntityManager,
  id: string,
): Promise<StudentVoiceModel | null> {
  const rows = (await db.query(
    `SELECT r.id, r.reflection AS text, s.event_id, s.phase, e.academic_year, e.aims,
            coalesce(a.themes, '{}') AS themes, coalesce(a.publishable, false) AS publishable,
            CASE WHEN (SELECT count(*) FROM survey_response r2
                         JOIN survey_invitation i2 ON i2.id = r2.invitation_id
                         JOIN person_projection p2 ON p2.id = i2.person_id
                        WHERE r2.survey_id = r.survey_id AND p2.partner_id = pp.partner_id) >= $2
                 THEN pp.partner_id END AS partner_id
       FROM survey_response r
       JOIN survey s ON s.id = r.survey_id
       JOIN event_projection e ON e.id = s.event_id
       LEFT JOIN survey_invitation i ON i.id = r.invitation_id
       LEFT JOIN person_projection pp ON pp.id = i.person_id
       LEFT JOIN student_voice_annotation a ON a.response_id = r.id
      WHERE r.id = $1 AND r.reflection IS NOT NULL AND btrim(r.reflection) <> ''`,
    [id, MIN_RESPONDENTS_BEHIND_A_SCHOOL],
  )) as Row[];
  const r = rows[0];
  return r
    ? {
        id: r.id,
        text: r.text,
        eventId: r.event_id,
        phase: r.phase,
        academicYear: r.academic_year,
        aims: r.aims,
        themes: r.themes,
        publishable: r.publishable,
        partnerId: r.partner_id,
      }
    : null;
}
