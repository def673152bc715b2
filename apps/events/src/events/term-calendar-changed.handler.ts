import { GovernanceEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Replaces the partner's projected calendar for the year with the one announced (the event
 * carries the whole year, so a redelivery or a later correction simply overwrites it).
 */
export const termCalendarChangedHandler = defineHandler(
  GovernanceEvents.termCalendarChanged,
  async ({ manager }, p) => {
    await manager.query(
      `DELETE FROM partner_term_date WHERE partner_id = $1 AND academic_year = $2`,
      [p.partnerId, p.academicYear],
    );
    if (p.entries.length === 0) return;
    await manager.query(
      `INSERT INTO partner_term_date (partner_id, academic_year, position, kind, starts_on, ends_on, label)
       SELECT $1, $2, e.ord::int, e.kind, e.starts_on, e.ends_on, e.label
       FROM ROWS FROM (
              jsonb_to_recordset($3::jsonb) AS (kind text, starts_on date, ends_on date, label text)
            ) WITH ORDINALITY AS e(kind, starts_on, ends_on, label, ord)`,
      [
        p.partnerId,
        p.academicYear,
        JSON.stringify(
          p.entries.map((e) => ({
            kind: e.kind,
            starts_on: e.startsOn,
            ends_on: e.endsOn,
            label: e.label,
          })),
        ),
      ],
    );
  },
);
