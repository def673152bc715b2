import type { EntityManager } from 'typeorm';
import { HOLDS_PLACE_SQL } from '../use-cases/places';
import { partnerToVenueKm } from './travel';
import type { TravelMode } from './travel';

/** One partner's line of an event's transport list (TransportListRow in the schema). */
export interface TransportListRow {
  partnerId: string;
  mode: TravelMode | null;
  pickupAt: Date | null;
  pickupPlace: string | null;
  seats: number | null;
  costPence: number | null;
  registeredStudents: number;
  distanceKm: number | null;
}

interface Row {
  partner_id: string;
  mode: TravelMode | null;
  pickup_at: Date | null;
  pickup_place: string | null;
  seats: number | null;
  cost_pence: number | null;
  registered_students: number;
  lat: number | null;
  lng: number | null;
  venue_lat: number | null;
  venue_lng: number | null;
}

/**
 * The students of one partner holding a place at an event (registered, offered, attended,
 * no-show): who travel is for. Staff registered for a BOTH event travel too, but seats are
 * counted for the students, whom the school must transport.
 */
export const REGISTERED_STUDENTS_SQL = `
  SELECT count(*)::int FROM registration r JOIN person_projection p ON p.id = r.person_id
  WHERE r.event_id = $1 AND r.partner_id = $2 AND r.status IN ${HOLDS_PLACE_SQL}
    AND 'STUDENT' = ANY (p.roles)`;

/**
 * Every partner with travel planned or students holding a place, by partner name: their travel,
 * their registered students, and the distance from their site to the venue (the host partner's
 * site; unknown for an external venue, whose coordinates events does not hold).
 */
export async function transportList(
  m: EntityManager,
  eventId: string,
  onlyPartnerId?: string,
): Promise<TransportListRow[]> {
  const rows = (await m.query(
    `WITH partners AS (
       SELECT partner_id FROM event_travel WHERE event_id = $1
       UNION
       SELECT r.partner_id FROM registration r JOIN person_projection p ON p.id = r.person_id
       WHERE r.event_id = $1 AND r.partner_id IS NOT NULL AND r.status IN ${HOLDS_PLACE_SQL}
         AND 'STUDENT' = ANY (p.roles))
     SELECT ps.partner_id, t.mode, t.pickup_at, t.pickup_place, t.seats, t.cost_pence,
            (SELECT count(*)::int FROM registration r JOIN person_projection p ON p.id = r.person_id
             WHERE r.event_id = $1 AND r.partner_id = ps.partner_id AND r.status IN ${HOLDS_PLACE_SQL}
               AND 'STUDENT' = ANY (p.roles)) AS registered_students,
            pp.lat, pp.lng, host.lat AS venue_lat, host.lng AS venue_lng
     FROM partners ps
     JOIN event e ON e.id = $1
     LEFT JOIN event_travel t ON t.event_id = $1 AND t.partner_id = ps.partner_id
     LEFT JOIN partner_projection pp ON pp.id = ps.partner_id
     LEFT JOIN partner_projection host ON host.id = e.host_partner_id
     WHERE $2::uuid IS NULL OR ps.partner_id = $2::uuid
     ORDER BY pp.name NULLS LAST, ps.partner_id`,
    [eventId, onlyPartnerId ?? null],
  )) as Row[];
  return rows.map((r) => ({
    partnerId: r.partner_id,
    mode: r.mode,
    pickupAt: r.pickup_at,
    pickupPlace: r.pickup_place,
    seats: r.seats,
    costPence: r.cost_pence,
    registeredStudents: r.registered_students,
    distanceKm: partnerToVenueKm(
      { lat: r.lat, lng: r.lng },
      { lat: r.venue_lat, lng: r.venue_lng },
    ),
  }));
}

/** The event's total travel cost in pence (0 when nothing is planned). */
export async function travelCostPence(m: EntityManager, eventId: string): Promise<number> {
  const [row] = (await m.query(
    `SELECT coalesce(sum(cost_pence), 0)::int AS total FROM event_travel WHERE event_id = $1`,
    [eventId],
  )) as Array<{ total: number }>;
  return row.total;
}
