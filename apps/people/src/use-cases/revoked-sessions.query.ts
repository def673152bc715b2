import type { DataSource } from 'typeorm';

/** Revoked session ids since a time (with the database's clock), for the gateway. */
export async function revokedSessionsSince(
  dataSource: DataSource,
  since: Date,
): Promise<{ now: string; revoked: Array<{ sid: string; revokedAt: string }> }> {
  const [{ now }] = (await dataSource.query(`SELECT now() AS now`)) as Array<{ now: Date }>;
  const rows = (await dataSource.query(
    `SELECT session_id, revoked_at FROM session_revocation WHERE revoked_at >= $1 ORDER BY revoked_at LIMIT 10000`,
    [since],
  )) as Array<{ session_id: string; revoked_at: Date }>;
  return {
    now: now.toISOString(),
    revoked: rows.map((r) => ({ sid: r.session_id, revokedAt: r.revoked_at.toISOString() })),
  };
}
