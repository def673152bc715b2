import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { Sector } from '@ekst/contracts';
import { checkEligibility } from '../domain/teacher-eligibility';
import type { Eligibility } from '../domain/teacher-eligibility';
import type { SwapSector } from '../domain/swap-offer-rules';
import type { PartnerStatus } from '../entities/partner-projection.entity';

/**
 * Whether an open offer or request still stands after its teacher changed: it stands while the
 * teacher may still swap from the sector it was made in. A teacher who is no longer a teacher,
 * moved to a partner that has left or is outside the two sectors, or moved across sectors, would
 * otherwise be matched as what they were. A partner not known yet is no reason to withdraw.
 */
export function listingStillStands(now: Eligibility, listingSector: SwapSector): boolean {
  if (now.eligible) return now.sector === listingSector;
  // The new partner's PartnerJoined may not have arrived yet (another topic, no order between
  // them): nothing to judge by, and matching leaves out a partner it does not know as inactive.
  return now.code === 'UNKNOWN_PARTNER';
}

/**
 * A person's partner or roles changed (people's PersonUpdated, the same shape as
 * PersonRegistered): the projection takes the new partner and roles, then the teacher's OPEN
 * offers and requests that no longer stand are WITHDRAWN at the message's handling time, so the
 * next matching round cannot pair them. Listings already in a live swap are left alone: the swap
 * has its own lifecycle, and a person's change there is for the coordinator to judge (matching
 * and the swap read the teacher's current partner). A teacher who moves within their sector keeps
 * their listings: distance is measured from where they are now.
 */
export const personUpdatedHandler = defineHandler(
  PeopleEvents.updated,
  async ({ manager: m, clock }, p) => {
    await m.query(
      `INSERT INTO person_projection (id, partner_id, roles, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles, updated_at = now()`,
      [p.personId, p.partnerId, p.roles],
    );
    const [partner] = (await m.query(
      `SELECT sector, status FROM partner_projection WHERE id = $1`,
      [p.partnerId],
    )) as Array<{ sector: Sector; status: PartnerStatus }>;
    const now = checkEligibility({ roles: p.roles }, partner ?? null);
    for (const table of ['swap_offer', 'swap_request'] as const) {
      const column = table === 'swap_offer' ? 'offer_id' : 'request_id';
      const open = (await m.query(
        `SELECT l.id, l.sector FROM ${table} l
         WHERE l.teacher_id = $1 AND l.status = 'OPEN'
           AND NOT EXISTS (SELECT 1 FROM swap s WHERE s.${column} = l.id AND s.status <> 'WITHDRAWN')
         FOR UPDATE OF l`,
        [p.personId],
      )) as Array<{ id: string; sector: SwapSector }>;
      const stale = open.filter((l) => !listingStillStands(now, l.sector)).map((l) => l.id);
      if (stale.length === 0) continue;
      await m.query(
        `UPDATE ${table} SET status = 'WITHDRAWN', withdrawn_at = $2 WHERE id = ANY($1::uuid[])`,
        [stale, clock.now()],
      );
    }
  },
);
