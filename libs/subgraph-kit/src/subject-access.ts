import { mayActOnDataRights } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import type { DataPolicy } from './data-policy';
import { forbidden } from './errors';
import type { BaseContext } from './subgraph-server';

/**
 * How a service finds one person's rows in a table that holds personal data, for subject access
 * (UK GDPR art. 15). Every table the data policy marks as personal has one (a test fails
 * otherwise), so a new personal table cannot silently stay out of the export.
 *
 * - `where`: a condition on the table with `$1` as the person's id (a uuid as text);
 * - `query`: a whole SELECT with `$1`, when the link runs through another table;
 * - `unlinkable`: the table holds nothing that can be tied to a person id (say why).
 *
 * `omit` names columns never shown even to the subject (secret hashes: they prove nothing to the
 * person and would help an attacker). SQL comes from code, never from input.
 */
export type SubjectAccessSource =
  | { table: string; kind: string; where: string; omit?: string[] }
  | { table: string; kind: string; query: string; omit?: string[] }
  | { table: string; unlinkable: string };

/** One field of one record, as text (dates ISO 8601, arrays and JSON as JSON). */
export interface HeldField {
  name: string;
  value: string | null;
}

/** What one table of one service holds about a person, and why and for how long. */
export interface HeldDataPart {
  service: string;
  table: string;
  kind: string;
  purpose: string;
  action: string;
  retainDays: number | null;
  retention: string;
  records: Array<{ fields: HeldField[] }>;
}

/** The messaging tables every service has: ids in event envelopes, never names or contacts. */
export const MESSAGING_SUBJECT_ACCESS: SubjectAccessSource[] = [
  {
    table: 'outbox',
    kind: 'domain events naming the person, awaiting or after delivery',
    where: `strpos(envelope::text, $1) > 0`,
  },
  {
    table: 'dead_letter',
    kind: 'events naming the person that a consumer could not apply',
    where: `strpos(raw_value, $1) > 0`,
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return '(binary)';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function retentionText(p: Extract<DataPolicy, { personalData: true }>): string {
  if (p.action === 'keep') return `kept: ${p.reason}`;
  const what = p.action === 'delete' ? 'deleted' : 'anonymised';
  return `${what} ${p.retainDays} days after ${p.ageColumn}`;
}

/** The SELECT a source runs (exported for the test that runs every source against the schema). */
export function subjectAccessSql(source: SubjectAccessSource): string | null {
  if ('unlinkable' in source) return null;
  if ('query' in source) return source.query;
  return `SELECT * FROM ${source.table} WHERE ${source.where}`;
}

/**
 * Everything this service holds about `personId`, one part per personal table (with no records
 * when it holds nothing there). An id that is not a uuid holds nothing, rather than an SQL error.
 */
export async function collectHeldData(
  dataSource: DataSource,
  service: string,
  policies: DataPolicy[],
  sources: SubjectAccessSource[],
  personId: string,
): Promise<HeldDataPart[]> {
  const parts: HeldDataPart[] = [];
  for (const p of policies) {
    if (!p.personalData) continue;
    const source = sources.find((s) => s.table === p.table);
    if (!source) throw new Error(`no subject access source for personal table ${p.table}`);
    const sql = subjectAccessSql(source);
    if (sql === null) continue;
    const omit = new Set(('omit' in source && source.omit) || []);
    const rows: Array<Record<string, unknown>> = UUID.test(personId)
      ? await dataSource.query(sql, [personId.toLowerCase()])
      : [];
    parts.push({
      service,
      table: p.table,
      kind: 'kind' in source ? source.kind : p.table,
      purpose: p.action === 'keep' ? p.reason : p.basis,
      action: p.action,
      retainDays: p.action === 'keep' ? null : p.retainDays,
      retention: retentionText(p),
      records: rows.map((row) => ({
        fields: Object.entries(row)
          .filter(([name]) => !omit.has(name))
          .map(([name, value]) => ({ name, value: asText(value) })),
      })),
    });
  }
  return parts;
}

/** The field a service contributes to `DataSubject`: `teacher-swap` → `heldByTeacherSwap`. */
export function heldDataField(service: string): string {
  return `heldBy${service
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}`;
}

/**
 * The `DataSubject` entity's resolvers for one service: `__resolveReference` keeps the id, and
 * `field` (e.g. `heldByEvents`) answers this service's part — for the coordinator or the data
 * protection lead only (FORBIDDEN for anyone else, the person themself included: a subject access
 * request goes through them so it is logged and answered in full).
 */
export function subjectAccessResolvers(
  service: string,
  field: string,
  policies: DataPolicy[],
  sources: SubjectAccessSource[],
) {
  return {
    DataSubject: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      [field]: async (subject: { id: string }, _args: unknown, ctx: BaseContext) => {
        if (!mayActOnDataRights(ctx.caller))
          throw forbidden('Only the coordinator or the data protection lead may see held data');
        return collectHeldData(ctx.dataSource, service, policies, sources, subject.id);
      },
    },
  };
}

/** What a `DataSubject` resolves from: the person's id only (codegen mapper in each service). */
export interface DataSubjectRef {
  id: string;
}
