import type { GroupKind, MembershipRole } from '@ekst/contracts';

/** The MoU: two Partnership Champions per partner in the Management Group. */
export const MAX_CHAMPIONS_PER_PARTNER = 2;

/**
 * Whether one more champion of a partner may join: only the Management Group limits champions;
 * `openChampionsOfPartner` counts the partner's champions whose membership is open now.
 */
export function championLimitReached(
  groupKind: GroupKind,
  role: MembershipRole,
  openChampionsOfPartner: number,
): boolean {
  return (
    groupKind === 'MANAGEMENT' &&
    role === 'CHAMPION' &&
    openChampionsOfPartner >= MAX_CHAMPIONS_PER_PARTNER
  );
}
