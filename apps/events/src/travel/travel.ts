import type { Caller } from '@ekst/auth';
import { hasRole } from '@ekst/auth';

export const TRAVEL_MODES = ['COACH', 'MINIBUS', 'PUBLIC_TRANSPORT', 'WALKING', 'PARENTS'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance between two points (haversine formula), in km. Straight-line, not road
 * distance: good enough to compare partners 20+ miles apart and to plan coach times roughly.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The distance from a partner's site to the venue, to 0.1 km; null when either has no location. */
export function partnerToVenueKm(
  partner: { lat: number | null; lng: number | null } | null,
  venue: { lat: number | null; lng: number | null } | null,
): number | null {
  if (partner?.lat == null || partner.lng == null || venue?.lat == null || venue.lng == null)
    return null;
  const km = distanceKm({ lat: partner.lat, lng: partner.lng }, { lat: venue.lat, lng: venue.lng });
  return Math.round(km * 10) / 10;
}

export interface TravelInput {
  mode: TravelMode;
  pickupAt: string;
  pickupPlace: string;
  seats: number;
  costPence: number;
}

export type TravelProblem = { field: keyof TravelInput; message: string };

/** What is wrong with a travel plan on its own (before counting registrations); empty when fine. */
export function travelInputProblems(input: TravelInput, event: { endsAt: Date }): TravelProblem[] {
  const problems: TravelProblem[] = [];
  if (!TRAVEL_MODES.includes(input.mode))
    problems.push({ field: 'mode', message: 'an unknown travel mode' });
  const pickup = new Date(input.pickupAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(input.pickupAt) || Number.isNaN(pickup.getTime()))
    problems.push({ field: 'pickupAt', message: 'an ISO date-time with offset' });
  else if (pickup.getTime() >= event.endsAt.getTime())
    problems.push({ field: 'pickupAt', message: 'pick-up is before the event ends' });
  const place = input.pickupPlace.trim();
  if (place.length < 1 || place.length > 200)
    problems.push({ field: 'pickupPlace', message: '1 to 200 characters' });
  if (!Number.isInteger(input.seats) || input.seats < 0 || input.seats > 1000)
    problems.push({ field: 'seats', message: 'a whole number of seats from 0 to 1000' });
  if (!Number.isInteger(input.costPence) || input.costPence < 0 || input.costPence > 100_000_000)
    problems.push({ field: 'costPence', message: 'whole pence, not negative' });
  return problems;
}

/** Seats are for the partner's students: fewer seats than students registered is refused. */
export function seatsShortfall(seats: number, registeredStudents: number): number {
  return Math.max(0, registeredStudents - seats);
}

/**
 * Who plans travel and reads the transport list: those who manage the event (coordinator, host
 * champions and head, organisers) and its teachers in charge. Finance reads the cost only.
 */
export function mayPlanTravel(manages: boolean, rolesAtEvent: readonly string[]): boolean {
  return manages || rolesAtEvent.includes('TEACHER_IN_CHARGE');
}

export function mayReadTravelCost(
  caller: Caller,
  manages: boolean,
  rolesAtEvent: readonly string[],
): boolean {
  return hasRole(caller, 'FINANCE') || mayPlanTravel(manages, rolesAtEvent);
}
