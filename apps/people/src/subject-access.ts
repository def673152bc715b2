import { ACCESS_LOG_SUBJECT_ACCESS, MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/** Where people finds one person's rows, per personal table (issue 20; tested complete). */
export const PEOPLE_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  ACCESS_LOG_SUBJECT_ACCESS,
  {
    table: 'person',
    kind: 'profile: name, partner, roles, year group, contact details (adults), roster id',
    where: 'id = $1',
  },
  {
    table: 'consent_record',
    kind: 'consent records (photos, trips, data processing) and refusals',
    where: 'person_id = $1',
  },
  {
    table: 'safeguarding_check',
    kind: 'safeguarding check metadata (kind, reference, dates; never the certificate)',
    where: 'person_id = $1',
  },
  {
    table: 'account',
    kind: 'account (when the password was set; the hash is not shown)',
    where: 'person_id = $1',
    omit: ['password_hash'],
  },
  {
    table: 'session',
    kind: 'sign-in sessions (the token hashes are not shown)',
    where: 'person_id = $1',
    omit: ['refresh_hash', 'previous_refresh_hash'],
  },
  {
    table: 'sign_in_code',
    kind: 'single-use sign-in codes (the code hashes are not shown)',
    where: 'person_id = $1',
    omit: ['code_hash'],
  },
  {
    table: 'password_reset',
    kind: 'password reset requests (the secret hashes are not shown)',
    where: 'person_id = $1',
    omit: ['secret_hash'],
  },
  {
    table: 'session_revocation',
    kind: 'ended sessions the gateway refuses',
    query:
      'SELECT r.* FROM session_revocation r JOIN session s ON s.id = r.session_id WHERE s.person_id = $1',
  },
  {
    table: 'sign_in_throttle',
    unlinkable:
      'keyed by a hash of the e-mail address typed at sign-in, with no person id: it cannot be tied to a person without guessing',
  },
  {
    table: 'rectification_request',
    kind: 'corrections of the record asked for (about the person, or asked by them) and how they were handled',
    where: 'person_id = $1::uuid OR requested_by = $1::uuid',
  },
  {
    table: 'event_registration_projection',
    kind: "events the person is registered for (so organisers see the register's names)",
    where: 'person_id = $1',
  },
  {
    table: 'event_role_projection',
    kind: 'events the person helps run',
    where: 'person_id = $1',
  },
];
