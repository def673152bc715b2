import type { QueryRunner } from 'typeorm';

/**
 * The two shapes services had before the shared projection: people and teacher-swap kept a
 * `status` (no join date), events and evaluation a NOT NULL `joined_on` (no status).
 */
export type LegacyPartnerProjectionShape = 'status' | 'joined-on';

/**
 * Brings `partner_projection` to the one shape of `PartnerProjectionEntity`, keeping every row,
 * whichever shape the service had (or creates it, for a service that had none). Each step is
 * conditional, so it only ever adds what is missing:
 * - `status` comes in as ACTIVE, or LEFT where a leaving date was recorded (the check below);
 * - `joined_on` comes in null for rows projected before the date was kept (there is no source
 *   to backfill it from, and inventing a date would be worse).
 */
export async function migratePartnerProjection(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE TABLE IF NOT EXISTS partner_projection (
      id          uuid PRIMARY KEY,
      name        text NOT NULL,
      kind        text NOT NULL CONSTRAINT partner_projection_kind_check
                  CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
      sector      text NOT NULL CONSTRAINT partner_projection_sector_check
                  CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
      left_on     date,
      updated_at  timestamptz NOT NULL DEFAULT now()
    )`);
  await q.query(`ALTER TABLE partner_projection ADD COLUMN IF NOT EXISTS joined_on date`);
  await q.query(`ALTER TABLE partner_projection ALTER COLUMN joined_on DROP NOT NULL`);
  await q.query(
    `ALTER TABLE partner_projection ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'ACTIVE'`,
  );
  await q.query(`ALTER TABLE partner_projection ALTER COLUMN status SET DEFAULT 'ACTIVE'`);
  await q.query(
    `UPDATE partner_projection SET status = 'LEFT' WHERE left_on IS NOT NULL AND status <> 'LEFT'`,
  );
  // Postgres named the older inline checks itself (`partner_projection_check`); name them for
  // what they keep, the same in every service.
  await q.query(`
    ALTER TABLE partner_projection
      DROP CONSTRAINT IF EXISTS partner_projection_check,
      DROP CONSTRAINT IF EXISTS partner_projection_status_check,
      DROP CONSTRAINT IF EXISTS partner_projection_left_check,
      ADD CONSTRAINT partner_projection_status_check CHECK (status IN ('ACTIVE','LEFT')),
      ADD CONSTRAINT partner_projection_left_check CHECK ((status = 'LEFT') = (left_on IS NOT NULL))`);
}

/** Undoes `migratePartnerProjection` back to the shape the service had, keeping every row. */
export async function revertPartnerProjection(
  q: QueryRunner,
  to: LegacyPartnerProjectionShape,
): Promise<void> {
  switch (to) {
    case 'status':
      await q.query(`
        ALTER TABLE partner_projection
          DROP COLUMN joined_on,
          ALTER COLUMN status DROP DEFAULT,
          DROP CONSTRAINT partner_projection_left_check,
          ADD CONSTRAINT partner_projection_check CHECK ((status = 'LEFT') = (left_on IS NOT NULL))`);
      return;
    case 'joined-on':
      // The old shape demands a join date; a partner projected without one gets the day the
      // projection last changed, the closest date this table knows.
      await q.query(
        `UPDATE partner_projection SET joined_on = updated_at::date WHERE joined_on IS NULL`,
      );
      await q.query(`
        ALTER TABLE partner_projection
          DROP CONSTRAINT partner_projection_left_check,
          DROP CONSTRAINT partner_projection_status_check,
          DROP COLUMN status,
          ALTER COLUMN joined_on SET NOT NULL`);
      return;
  }
}

/**
 * The partner's site (`lat`, `lng`, both or neither), added after the shared shape shipped: a
 * separate step, called by each service's own later migration, so the migrations that already
 * ran are unchanged. Rows projected before keep null until their partner is announced again.
 */
export async function addPartnerLocation(q: QueryRunner): Promise<void> {
  await q.query(`
    ALTER TABLE partner_projection
      ADD COLUMN IF NOT EXISTS lat double precision,
      ADD COLUMN IF NOT EXISTS lng double precision,
      DROP CONSTRAINT IF EXISTS partner_projection_location_check,
      ADD CONSTRAINT partner_projection_location_check CHECK ((lat IS NULL) = (lng IS NULL))`);
}

/** Undoes `addPartnerLocation`: the coordinates go, every row stays. */
export async function removePartnerLocation(q: QueryRunner): Promise<void> {
  await q.query(`
    ALTER TABLE partner_projection
      DROP CONSTRAINT IF EXISTS partner_projection_location_check,
      DROP COLUMN IF EXISTS lat,
      DROP COLUMN IF EXISTS lng`);
}
