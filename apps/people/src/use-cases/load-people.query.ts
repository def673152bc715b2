import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { eventContactCutoff } from '../domain/person-visibility';
import type { EventLink, EventRoleAtEvent, PersonScope } from '../domain/person-visibility';
import { PersonEntity } from '../entities/person.entity';

/** A person as loaded for a request, with the events that link them to the caller. */
export type LoadedPerson = PersonEntity & { eventLinks: EventLink[] };

interface RawLink {
  eventStatus: string;
  hostPartnerId: string | null;
  endsAt: string;
  subjectRegistration: string | null;
  subjectRoles: EventRoleAtEvent[] | null;
  viewerRegistration: string | null;
  viewerRoles: EventRoleAtEvent[] | null;
}

/*
 * For one person `p`: the events (not cancelled, inside the visibility window) that `p` is
 * registered for or holds a role at, and that the viewer is linked to as well (hosted by the
 * viewer's partner, or the viewer is registered or holds a role there), with both sides' status
 * and roles. The decision itself is `canSeeAsEventContact`; this only gathers its facts.
 */
const EVENT_LINKS_SQL = `(
  SELECT coalesce(json_agg(json_build_object(
    'eventStatus', e.status,
    'hostPartnerId', e.host_partner_id,
    'endsAt', e.ends_at,
    'subjectRegistration', (SELECT r.status FROM event_registration_projection r
                            WHERE r.event_id = e.id AND r.person_id = p.id
                            ORDER BY r.status = 'CANCELLED' LIMIT 1),
    'subjectRoles', ARRAY(SELECT x.role FROM event_role_projection x
                          WHERE x.event_id = e.id AND x.person_id = p.id),
    'viewerRegistration', (SELECT r.status FROM event_registration_projection r
                           WHERE r.event_id = e.id AND r.person_id = :viewerId
                           ORDER BY r.status = 'CANCELLED' LIMIT 1),
    'viewerRoles', ARRAY(SELECT x.role FROM event_role_projection x
                         WHERE x.event_id = e.id AND x.person_id = :viewerId)
  )), '[]'::json)
  FROM event_projection e
  WHERE e.ends_at >= :cutoff AND e.status <> 'CANCELLED'
    AND e.id IN (SELECT event_id FROM event_registration_projection WHERE person_id = p.id
                 UNION SELECT event_id FROM event_role_projection WHERE person_id = p.id)
    AND (e.host_partner_id = :viewerPartnerId
         OR e.id IN (SELECT event_id FROM event_registration_projection WHERE person_id = :viewerId
                     UNION SELECT event_id FROM event_role_projection WHERE person_id = :viewerId))
)`;

/**
 * People by id, in ONE SQL statement however many are asked for (a whole `_entities` call):
 * each row with the facts that may make them visible to the caller through an event. Nothing is
 * filtered here; resolvers decide with `canSeePerson` and `canSeeViaEvents`. The coordinator
 * (sees everyone) and callers that are not people (never linked through an event) skip the links.
 */
export async function loadPeopleWithEventLinks(
  dataSource: DataSource,
  ids: string[],
  caller: Caller,
  scope: PersonScope,
  now: Date,
): Promise<LoadedPerson[]> {
  const qb = dataSource
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .where('p.id IN (:...ids)', { ids });
  const viewerId = caller.kind === 'person' && isUuid(caller.subject) ? caller.subject : null;
  if (scope.kind === 'everyone' || viewerId === null) {
    return (await qb.getMany()).map((p) => Object.assign(p, { eventLinks: [] }));
  }
  const { entities, raw } = await qb
    .addSelect(EVENT_LINKS_SQL, 'event_links')
    .setParameters({
      viewerId: viewerId.toLowerCase(),
      viewerPartnerId:
        caller.partnerId && isUuid(caller.partnerId) ? caller.partnerId.toLowerCase() : null,
      cutoff: eventContactCutoff(now),
    })
    .getRawAndEntities<{ p_id: string; event_links: RawLink[] }>();
  const linksById = new Map(raw.map((r) => [r.p_id, r.event_links.map(toEventLink)]));
  return entities.map((p) => Object.assign(p, { eventLinks: linksById.get(p.id) ?? [] }));
}

function toEventLink(l: RawLink): EventLink {
  return {
    eventStatus: l.eventStatus,
    hostPartnerId: l.hostPartnerId,
    endsAt: new Date(l.endsAt),
    subject: { registrationStatus: l.subjectRegistration, roles: l.subjectRoles ?? [] },
    viewer: { registrationStatus: l.viewerRegistration, roles: l.viewerRoles ?? [] },
  };
}
