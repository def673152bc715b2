import type { Caller } from '@ekst/auth';
import { canActForRegistrant } from './registration';

/**
 * Field rules of a registration: what each reader may see of one row. The graph's resolvers and
 * the CSV export both call these, so a file never shows more than the graph does.
 */

export const PHOTO_CONSENTS = ['ALLOWED', 'REFUSED', 'NOT_RECORDED'] as const;
export type PhotoConsent = (typeof PHOTO_CONSENTS)[number];

/**
 * The photo/publicity consent state from the person_consent projection (people's ConsentChanged):
 * a row granted = the latest record is GRANTED; a row not granted = the latest record is a refusal
 * or a withdrawal; no row = people never recorded a decision, which is not consent (DOMAIN.md: no
 * record means no photos).
 */
export function photoConsentFromProjection(row: { granted: boolean } | null): PhotoConsent {
  if (row === null) return 'NOT_RECORDED';
  return row.granted ? 'ALLOWED' : 'REFUSED';
}

/** Photos may be taken or published only when consent is recorded as given. */
export function photosAllowed(consent: PhotoConsent): boolean {
  return consent === 'ALLOWED';
}

/**
 * The deprecated `photoConsentRefused` flag, kept safe for old clients: true ("no photos") unless
 * consent is recorded as given, so a missing record is never read as permission.
 */
export function photoConsentRefusedFlag(consent: PhotoConsent): boolean {
  return !photosAllowed(consent);
}

/**
 * The check-in code admits someone at the door: the person, their partner's staff and the
 * coordinator see it; the host's other staff browsing the list (e.g. for visiting students) do not.
 */
export function visibleCheckInCode(
  caller: Caller,
  registration: { personId: string; partnerId: string | null; checkInCode: string | null },
): string | null {
  return canActForRegistrant(caller, registration.personId, registration.partnerId)
    ? registration.checkInCode
    : null;
}

export type CheckInWarning = 'NO_PHOTOS';

/** What whoever is at the door must know about a person: no photos unless consent is given. */
export function checkInWarnings(person: { photoConsent: PhotoConsent }): CheckInWarning[] {
  return photosAllowed(person.photoConsent) ? [] : ['NO_PHOTOS'];
}
