import { isUuid } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { academicYearDates, AIMS, normaliseTheme } from '../domain/focus-group';
import type { Aim, NoteScope } from '../domain/focus-group';
import { FocusGroupNoteEntity } from '../entities/focus-group-note.entity';

export const MAX_NOTES_PAGE = 200;

export interface FocusGroupNotePage {
  edges: Array<{ cursor: string; node: FocusGroupNoteEntity }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Opaque to clients; it names the last row seen in (held_on DESC, id DESC) order. */
export function encodeNoteCursor(note: { heldOn: string; id: string }): string {
  return Buffer.from(`${note.heldOn}|${note.id}`, 'utf8').toString('base64url');
}

export function decodeNoteCursor(cursor: string): { heldOn: string; id: string } | null {
  const [on, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !on || !id || !isUuid(id) || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return null;
  return { heldOn: on, id };
}

function checkYear(academicYear: number | null | undefined): void {
  if (academicYear != null && (academicYear < 2000 || academicYear > 2100))
    throw badInput('academicYear must be a year such as 2025');
}

/**
 * One page of notes, newest first, keyset-paginated on (held_on, id). The caller's scope is a
 * WHERE clause: heads and champions never load another partner's note.
 */
export async function listFocusGroupNotes(
  dataSource: DataSource,
  scope: Exclude<NoteScope, { kind: 'forbidden' }>,
  args: {
    aim?: Aim | null;
    theme?: string | null;
    partnerId?: string | null;
    academicYear?: number | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<FocusGroupNotePage> {
  const first = Math.min(args.first ?? 50, MAX_NOTES_PAGE);
  if (first < 1) throw badInput('first must be at least 1');
  checkYear(args.academicYear);
  if (args.partnerId != null && !isUuid(args.partnerId)) throw badInput('partnerId must be an id');
  const cursor = args.after != null ? decodeNoteCursor(args.after) : null;
  if (args.after != null && cursor === null) throw badInput('after is not a cursor from this list');

  const qb = dataSource.getRepository(FocusGroupNoteEntity).createQueryBuilder('n');
  if (scope.kind === 'partner') qb.andWhere('n.partnerId = :own', { own: scope.partnerId });
  if (args.partnerId) qb.andWhere('n.partnerId = :partnerId', { partnerId: args.partnerId });
  if (args.aim) qb.andWhere(':aim = ANY(n.aims)', { aim: args.aim });
  if (args.theme) qb.andWhere(':theme = ANY(n.themes)', { theme: normaliseTheme(args.theme) });
  if (args.academicYear != null) {
    const { from, to } = academicYearDates(args.academicYear);
    qb.andWhere('n.heldOn >= :from AND n.heldOn < :to', { from, to });
  }
  if (cursor)
    qb.andWhere('(n.heldOn, n.id) < (:cursorOn, :cursorId)', {
      cursorOn: cursor.heldOn,
      cursorId: cursor.id,
    });
  const rows = await qb
    .orderBy('n.heldOn', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .limit(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeNoteCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export interface ThemeCount {
  theme: string;
  aim: Aim;
  notes: number;
}

/**
 * How many notes of an academic year carry each theme under each aim (a note tagged with two
 * aims counts under both). One GROUP BY in PostgreSQL, most frequent first.
 */
export async function themeCounts(
  dataSource: DataSource,
  scope: Exclude<NoteScope, { kind: 'forbidden' }>,
  academicYear: number,
): Promise<ThemeCount[]> {
  checkYear(academicYear);
  const { from, to } = academicYearDates(academicYear);
  const rows = (await dataSource.query(
    `SELECT t.theme, a.aim, count(DISTINCT n.id)::int AS notes
       FROM focus_group_note n
       CROSS JOIN LATERAL unnest(n.themes) AS t(theme)
       CROSS JOIN LATERAL unnest(n.aims) AS a(aim)
      WHERE n.held_on >= $1 AND n.held_on < $2
        AND ($3::uuid IS NULL OR n.partner_id = $3)
      GROUP BY t.theme, a.aim
      ORDER BY notes DESC, t.theme, array_position($4::text[], a.aim)`,
    [from, to, scope.kind === 'partner' ? scope.partnerId : null, AIMS],
  )) as ThemeCount[];
  return rows;
}
