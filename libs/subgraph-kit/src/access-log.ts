import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import type { DataPolicy } from './data-policy';
import type { Logger } from './logger';
import type { SubjectAccessSource } from './subject-access';

/**
 * The access log (issue 20): who read which person's sensitive data — consent records,
 * safeguarding metadata, contact details, registrations — when, and through which operation.
 * Never the data itself. Kept in the service that owns the data.
 *
 * Reads must not wait for it: a request collects what it read (`RequestAccessLog`), and when the
 * response is sent its entries go to the service's buffer, which one multi-row INSERT flushes
 * every `flushMs`. A register of 80 students is one entry naming 80 people, not 80 rows.
 */
export type AccessLogKind =
  | 'CONSENT'
  | 'SAFEGUARDING'
  | 'CONTACT'
  | 'REGISTRATIONS'
  | 'SUBJECT_ACCESS';

export interface AccessLogRow {
  id: string;
  at: Date;
  viewerId: string;
  viewerKind: string;
  viewerRoles: string[];
  subjectIds: string[];
  dataKind: AccessLogKind;
  operation: string;
}

/** Read it through the graph for a year, then two more for complaints; then deleted. */
export const ACCESS_LOG_RETAIN_DAYS = 3 * 365;

export const ACCESS_LOG_DATA_POLICY: DataPolicy = {
  table: 'access_log',
  personalData: true,
  action: 'delete',
  retainDays: ACCESS_LOG_RETAIN_DAYS,
  ageColumn: 'at',
  basis:
    "accountability for who read a person's consent, safeguarding, contact or registration data (ids, roles, kind of data, operation; never the data): three years, long enough for a complaint or a safeguarding review",
  onErasure: 'none',
};

export const ACCESS_LOG_SUBJECT_ACCESS: SubjectAccessSource = {
  table: 'access_log',
  kind: "who read the person's sensitive data (or what the person read about others)",
  query: `SELECT id, at, viewer_id, viewer_roles, data_kind, operation,
            cardinality(subject_ids) AS people_named
          FROM access_log WHERE $1::uuid = ANY (subject_ids) OR viewer_id = $1::text ORDER BY at`,
};

/** The table, for the services that keep a log (people, events). */
export class AccessLogTable1732300002002 implements MigrationInterface {
  name = 'AccessLogTable1732300002002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        id           uuid PRIMARY KEY,
        at           timestamptz NOT NULL,
        viewer_id    text NOT NULL,
        viewer_kind  text NOT NULL,
        viewer_roles text[] NOT NULL,
        subject_ids  uuid[] NOT NULL CHECK (cardinality(subject_ids) >= 1),
        data_kind    text NOT NULL
                     CHECK (data_kind IN ('CONSENT','SAFEGUARDING','CONTACT','REGISTRATIONS','SUBJECT_ACCESS')),
        operation    text NOT NULL
      )`);
    // Per person (GIN over the array), per viewer, and by age for the retention job.
    await q.query(`CREATE INDEX access_log_subjects_idx ON access_log USING gin (subject_ids)`);
    await q.query(`CREATE INDEX access_log_viewer_idx ON access_log (viewer_id, at)`);
    await q.query(`CREATE INDEX access_log_at_idx ON access_log (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One service's buffer of entries, flushed in batches. */
export class AccessLog {
  private buffer: AccessLogRow[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Pick<Logger, 'error'>,
    private readonly opts: { flushMs: number; maxBuffered: number } = {
      flushMs: 200,
      maxBuffered: 500,
    },
  ) {}

  /** Queues entries; never waits for the database. */
  enqueue(rows: AccessLogRow[]): void {
    if (rows.length === 0) return;
    this.buffer.push(...rows);
    if (this.buffer.length >= this.opts.maxBuffered) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.opts.flushMs);
      this.timer.unref();
    }
  }

  /** Writes what is buffered (one INSERT); queries of the log call it first. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (rows.length === 0) return;
      try {
        await this.dataSource.query(
          `INSERT INTO access_log (id, at, viewer_id, viewer_kind, viewer_roles, subject_ids, data_kind, operation)
           SELECT r.id, r.at, r.viewer_id, r.viewer_kind,
                  ARRAY(SELECT jsonb_array_elements_text(r.viewer_roles)),
                  ARRAY(SELECT jsonb_array_elements_text(r.subject_ids))::uuid[],
                  r.data_kind, r.operation
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, at timestamptz, viewer_id text,
             viewer_kind text, viewer_roles jsonb, subject_ids jsonb, data_kind text, operation text)`,
          [
            JSON.stringify(
              rows.map((r) => ({
                id: r.id,
                at: r.at.toISOString(),
                viewer_id: r.viewerId,
                viewer_kind: r.viewerKind,
                viewer_roles: r.viewerRoles,
                subject_ids: r.subjectIds,
                data_kind: r.dataKind,
                operation: r.operation,
              })),
            ),
          ],
        );
      } catch (err) {
        // Put them back for the next flush rather than lose accountability; no data in the log.
        this.log.error(
          { err: (err as Error).message, entries: rows.length },
          'access log flush failed',
        );
        this.buffer.unshift(...rows);
        if (!this.timer) {
          this.timer = setTimeout(() => void this.flush(), this.opts.flushMs * 10);
          this.timer.unref();
        }
      }
    });
    return this.flushing;
  }

  /** A request's collector: entries of one kind and operation merge into one, naming everyone. */
  forRequest(viewer: Caller): RequestAccessLog {
    return new RequestAccessLog(this, viewer);
  }
}

/**
 * What one request read. The viewer's own data is not logged (a student reading their own
 * consents); what is left of a read, if anyone, becomes one entry per kind and operation.
 */
export class RequestAccessLog {
  private readonly entries = new Map<
    string,
    { kind: AccessLogKind; operation: string; subjects: Set<string> }
  >();
  private ended = false;

  constructor(
    private readonly sink: AccessLog,
    private readonly viewer: Caller,
  ) {}

  record(kind: AccessLogKind, operation: string, subjectIds: Iterable<string>): void {
    const key = `${kind}\u0000${operation}`;
    let entry = this.entries.get(key);
    for (const raw of subjectIds) {
      const id = raw.toLowerCase();
      if (!UUID.test(id) || id === this.viewer.subject.toLowerCase()) continue;
      if (!entry) this.entries.set(key, (entry = { kind, operation, subjects: new Set() }));
      entry.subjects.add(id);
    }
    if (this.ended) this.end(); // a read after the response (should not happen): still logged
  }

  /** At the end of the request: hand the merged entries to the buffer. */
  end(): void {
    this.ended = true;
    const at = new Date();
    const rows: AccessLogRow[] = [...this.entries.values()].map((e) => ({
      id: randomUUID(),
      at,
      viewerId: this.viewer.subject,
      viewerKind: this.viewer.kind,
      viewerRoles: [...this.viewer.roles],
      subjectIds: [...e.subjects],
      dataKind: e.kind,
      operation: e.operation,
    }));
    this.entries.clear();
    this.sink.enqueue(rows);
  }
}

const LOGS = new WeakMap<DataSource, AccessLog>();

/** The service's one buffer for this database. */
export function accessLogFor(dataSource: DataSource, log: Pick<Logger, 'error'>): AccessLog {
  let found = LOGS.get(dataSource);
  if (!found) LOGS.set(dataSource, (found = new AccessLog(dataSource, log)));
  return found;
}

/** The fields a service with a log adds to `DataSubject`: `people` → `peopleReadsOf`, `peopleReadsBy`. */
export function accessLogFields(service: string): { of: string; by: string } {
  const base = service
    .split('-')
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
  return { of: `${base}ReadsOf`, by: `${base}ReadsBy` };
}

interface AccessLogRecord {
  id: string;
  service: string;
  at: string;
  viewerId: string;
  viewerRoles: string[];
  subjectIds: string[];
  dataKind: string;
  operation: string;
}

const MAX_ENTRIES = 500;

/** The newest entries (at most 500) naming `personId` as subject or as viewer; flushes first. */
export async function readAccessLog(
  dataSource: DataSource,
  log: Pick<Logger, 'error'>,
  service: string,
  side: 'of' | 'by',
  personId: string,
): Promise<AccessLogRecord[]> {
  const id = personId.trim().toLowerCase();
  if (!UUID.test(id)) return [];
  await accessLogFor(dataSource, log).flush();
  const where = side === 'of' ? '$1::uuid = ANY (subject_ids)' : 'viewer_id = $1::text';
  const rows = (await dataSource.query(
    `SELECT id, at, viewer_id, viewer_roles, subject_ids, data_kind, operation FROM access_log
     WHERE ${where} ORDER BY at DESC, id LIMIT ${MAX_ENTRIES}`,
    [id],
  )) as Array<{
    id: string;
    at: Date;
    viewer_id: string;
    viewer_roles: string[];
    subject_ids: string[];
    data_kind: string;
    operation: string;
  }>;
  return rows.map((r) => ({
    id: r.id,
    service,
    at: r.at.toISOString(),
    viewerId: r.viewer_id,
    viewerRoles: r.viewer_roles,
    subjectIds: r.subject_ids,
    dataKind: r.data_kind,
    operation: r.operation,
  }));
}
