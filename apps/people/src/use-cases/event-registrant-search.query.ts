import { hasRole } from '@ekst/auth';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { canSeeAsEventContact } from '../domain/person-visibility';
import type { EventRoleAtEvent } from '../domain/person-visibility';
import { PersonEntity } from '../entities/person.entity';
import type { PeopleDeps, PeopleResult } from './people-use-case';

/** At most this many matches; a check-in screen shows a short list and the user types on. */
export const REGISTRANT_SEARCH_MAX = 50;

const mayNotSee = () =>
  refused("Only the event's organisers, teachers in charge and host staff see its register");

/** `%`, `_` and `\` typed by the user are letters, not LIKE wildcards. */
function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Check-in by name: the people registered for an event (any status but CANCELLED) whose display
 * name starts with `namePrefix`, regardless of case and accents ("zoe" finds "Zoë"), ordered by
 * name. The database matches on `people_name_key(display_name)` with its index; nothing is
 * filtered in JavaScript. Only for callers who may see the event's register (its organisers and
 * teachers in charge, the host partner's heads, champions and teachers, while the event is
 * visible: `canSeeAsEventContact`; the coordinator always); anyone else, and an event people does
 * not know, is FORBIDDEN alike.
 */
export async function searchEventRegistrants(
  deps: PeopleDeps,
  args: { eventId: string; namePrefix: string; first?: number | null },
): Promise<PeopleResult<PersonEntity[]>> {
  if (!isUuid(args.eventId)) return mayNotSee();
  const eventId = args.eventId.toLowerCase();
  const m = deps.dataSource.manager;
  if (!hasRole(deps.caller, 'COORDINATOR')) {
    const viewerId =
      deps.caller.kind === 'person' && isUuid(deps.caller.subject)
        ? deps.caller.subject.toLowerCase()
        : null;
    const [event] = (await m.query(
      `SELECT e.status, e.host_partner_id, e.ends_at,
              ARRAY(SELECT x.role FROM event_role_projection x
                    WHERE x.event_id = e.id AND x.person_id = $2) AS viewer_roles
       FROM event_projection e WHERE e.id = $1`,
      [eventId, viewerId],
    )) as Array<{
      status: string;
      host_partner_id: string | null;
      ends_at: Date;
      viewer_roles: EventRoleAtEvent[];
    }>;
    // The same rule that shows a registrant's name on `person(id)`: a registered student is what
    // the caller would see, so a caller who could not see one may not search them either.
    if (
      !event ||
      !canSeeAsEventContact(
        deps.caller,
        { roles: ['STUDENT'] },
        {
          eventStatus: event.status,
          hostPartnerId: event.host_partner_id,
          endsAt: new Date(event.ends_at),
          subject: { registrationStatus: 'REGISTERED', roles: [] },
          viewer: { registrationStatus: null, roles: event.viewer_roles },
        },
        deps.clock.now(),
      )
    )
      return mayNotSee();
  }
  const prefix = args.namePrefix.trim();
  if (prefix.length < 1 || prefix.length > 100)
    return rejected(userError('INVALID', 'must be 1 to 100 characters', 'namePrefix'));
  const first = Math.min(Math.max(args.first ?? 20, 1), REGISTRANT_SEARCH_MAX);
  const people = await m
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .where(
      `p.id IN (SELECT r.person_id FROM event_registration_projection r
                WHERE r.event_id = :eventId AND r.status <> 'CANCELLED')`,
      { eventId },
    )
    .andWhere(`people_name_key(p.display_name) LIKE people_name_key(:prefix) || '%'`, {
      prefix: escapeLike(prefix),
    })
    .orderBy('p.display_name')
    .addOrderBy('p.id')
    .limit(first)
    .getMany();
  return done(people);
}
