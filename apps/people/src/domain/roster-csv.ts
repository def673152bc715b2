import { CsvError, parse } from 'csv-parse/sync';

/** What a roster holds: students (name, year group, MIS id) or staff (name, roles, e-mail). */
export type RosterKind = 'STUDENTS' | 'STAFF';

/** A roster's size limits: a school's whole roll fits; a mistaken export of a whole MIS does not. */
export const ROSTER_LIMITS = { maxChars: 1_000_000, maxRows: 3_000 } as const;

/** One data row as read: trimmed strings ('' when the column is absent or empty), 1-based line. */
export interface RosterRow {
  line: number;
  displayName: string;
  yearGroup: string;
  externalId: string;
  roles: string;
  email: string;
}

type Field = Exclude<keyof RosterRow, 'line'>;

/** Why a whole file is refused (nothing is stored). Messages never quote a cell's value. */
export type RosterFileProblem =
  | { code: 'DATE_OF_BIRTH_COLUMN'; message: string }
  | { code: 'INVALID'; message: string };

export type RosterReadResult =
  | { ok: true; rows: RosterRow[] }
  | { ok: false; problem: RosterFileProblem };

/** Header spellings accepted for each field, compared without case, spaces or punctuation. */
const HEADER_ALIASES: Record<Field, readonly string[]> = {
  displayName: ['displayname', 'name', 'fullname', 'studentname', 'preferredname'],
  yearGroup: ['yeargroup', 'year', 'yr', 'ncyear'],
  externalId: ['externalid', 'misid', 'id', 'admissionnumber', 'adno'],
  roles: ['roles', 'role'],
  email: ['email', 'emailaddress'],
};

const COLUMNS: Record<RosterKind, { required: Field[]; optional: Field[] }> = {
  STUDENTS: { required: ['displayName', 'yearGroup'], optional: ['externalId'] },
  STAFF: { required: ['displayName', 'roles', 'email'], optional: ['externalId'] },
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Whether a header names a date of birth (dob, D.O.B., Date of Birth, birthdate, Birthday, born
 * on…): the platform never stores one (data minimisation: a year group is enough), so such a
 * file is refused whole, before any of its values is looked at.
 */
export function looksLikeDateOfBirth(header: string): boolean {
  const n = normaliseHeader(header);
  const words = header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/);
  return (
    n.includes('birth') ||
    n.includes('bday') ||
    n.startsWith('dob') ||
    words.includes('dob') ||
    n === 'born' ||
    n === 'bornon'
  );
}

function fieldFor(header: string): Field | null {
  const n = normaliseHeader(header);
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, string[]]>) {
    if (aliases.includes(n)) return field;
  }
  return null;
}

const invalid = (message: string): RosterReadResult => ({
  ok: false,
  problem: { code: 'INVALID', message },
});

/** csv-parse's own messages can quote the offending field: say where, never what. */
function parseProblem(err: unknown): RosterReadResult {
  if (err instanceof CsvError) {
    const line = (err as CsvError & { lines?: number }).lines;
    return invalid(`the file is not valid CSV (${err.code})${line ? ` near line ${line}` : ''}`);
  }
  throw err;
}

/**
 * Reads a roster CSV: a header row is required; a byte-order mark and CRLF line ends are fine;
 * blank lines are skipped. Refuses the whole file (typed, nothing stored) when it is too large,
 * is not CSV, has a date-of-birth column, misses a required column, or has a column this kind of
 * roster does not hold (students have no e-mail; nothing unknown is taken in).
 */
export function readRoster(kind: RosterKind, csv: string): RosterReadResult {
  if (csv.length > ROSTER_LIMITS.maxChars)
    return invalid(`the file is larger than ${ROSTER_LIMITS.maxChars} characters`);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      max_record_size: 10_000,
      to_line: ROSTER_LIMITS.maxRows + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    return parseProblem(err);
  }
  const [first, ...data] = records;
  const header = first?.record;
  if (!header) return invalid('the file is empty: a header row is required');
  if (header.some(looksLikeDateOfBirth))
    return {
      ok: false,
      problem: {
        code: 'DATE_OF_BIRTH_COLUMN',
        message:
          'the file has a date-of-birth column: the platform never stores one (a year group is enough); remove the column and upload again',
      },
    };
  if (data.length > ROSTER_LIMITS.maxRows)
    return invalid(`the file has more than ${ROSTER_LIMITS.maxRows} rows`);

  const allowed = new Set([...COLUMNS[kind].required, ...COLUMNS[kind].optional]);
  const index = new Map<Field, number>();
  for (const [i, h] of header.entries()) {
    const field = fieldFor(h);
    if (!field || !allowed.has(field))
      return invalid(
        `column ${i + 1} is not part of a ${kind.toLowerCase()} roster (columns: ${[...allowed].join(', ')})`,
      );
    if (index.has(field)) return invalid(`column ${i + 1} repeats ${field}`);
    index.set(field, i);
  }
  const missing = COLUMNS[kind].required.filter((f) => !index.has(f));
  if (missing.length > 0) return invalid(`the header row lacks: ${missing.join(', ')}`);

  const cell = (r: string[], f: Field): string => {
    const i = index.get(f);
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  // the line a text editor or spreadsheet shows (csv-parse counts them, blank lines included)
  const rows = data.map(({ record: r, info }) => ({
    line: info.lines,
    displayName: cell(r, 'displayName'),
    yearGroup: cell(r, 'yearGroup'),
    externalId: cell(r, 'externalId'),
    roles: cell(r, 'roles'),
    email: cell(r, 'email'),
  }));
  return { ok: true, rows };
}
