import { createByIdLoader, createGroupLoader } from '@ekst/subgraph-kit';
import type { BaseContext } from '@ekst/subgraph-kit';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EventsContext, RegistrationCounts } from '../context';
import type { ClashLoaders } from './clash.loaders';
import { visibleEventStatuses } from '../domain/event';
import { photoConsentFromProjection } from '../domain/registration-fields';
import type { PhotoConsent } from '../domain/registration-fields';
import { EventEntity } from '../entities/event.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { EventRoleEntity } from '../entities/event-role.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { HOLDS_PLACE_SQL } from '../use-cases/places';

/** Places first, then the queue in order, then cancellations. */
const REGISTRATION_ORDER = `CASE r.status WHEN 'REGISTERED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`;

function registrationsWhere(
  base: BaseContext,
  column: 'eventId' | 'personId',
  ids: string[],
): Promise<RegistrationEntity[]> {
  return base.dataSource
    .getRepository(RegistrationEntity)
    .createQueryBuilder('r')
    .where(`r.${column} IN (:...ids)`, { ids })
    .orderBy(REGISTRATION_ORDER, 'ASC')
    .addOrderBy('r.waitlistPosition', 'ASC')
    .addOrderBy('r.registeredAt', 'ASC')
    .getMany();
}

export function createLoaders(
  base: BaseContext,
): Omit<EventsContext, keyof BaseContext | keyof ClashLoaders> {
  return {
    eventById: createByIdLoader((ids) =>
      base.dataSource.getRepository(EventEntity).findBy({ id: In(ids) }),
    ),

    // One grouped COUNT for every event on the page, however many events and count fields.
    registrationCountsByEvent: new DataLoader<string, RegistrationCounts>(async (ids) => {
      const rows = (await base.dataSource.query(
        `SELECT event_id,
                count(*) FILTER (WHERE status IN ${HOLDS_PLACE_SQL})::int AS registered,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
         FROM registration WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [[...new Set(ids)]],
      )) as Array<{ event_id: string; registered: number; waitlisted: number }>;
      const byEvent = new Map(rows.map((r) => [r.event_id, r]));
      return ids.map((id) => ({
        registered: byEvent.get(id)?.registered ?? 0,
        waitlisted: byEvent.get(id)?.waitlisted ?? 0,
      }));
    }),

    registrationsByEvent: createGroupLoader(
      (ids) => registrationsWhere(base, 'eventId', ids),
      (r) => r.eventId,
    ),
    registrationsByPerson: createGroupLoader(
      (ids) => registrationsWhere(base, 'personId', ids),
      (r) => r.personId,
    ),

    hostedEventsByPartner: createGroupLoader(
      (ids) =>
        base.dataSource.getRepository(EventEntity).find({
          where: { hostPartnerId: In(ids), status: In([...visibleEventStatuses(base.caller)]) },
          order: { startsAt: 'ASC', id: 'ASC' },
        }),
      (e) => e.hostPartnerId ?? '',
    ),

    personById: createByIdLoader((ids) =>
      base.dataSource.getRepository(PersonProjectionEntity).findBy({ id: In(ids) }),
    ),

    rolesByEvent: createGroupLoader(
      (ids) =>
        base.dataSource.getRepository(EventRoleEntity).find({
          where: { eventId: In(ids) },
          order: { role: 'ASC', assignedAt: 'ASC' },
        }),
      (r) => r.eventId,
    ),

    photoConsentByPerson: new DataLoader<string, PhotoConsent>(async (ids) => {
      const rows = (await base.dataSource.query(
        `SELECT person_id, granted FROM person_consent
         WHERE person_id = ANY($1::uuid[]) AND kind = 'PHOTO_PUBLICITY'`,
        [[...new Set(ids)]],
      )) as Array<{ person_id: string; granted: boolean }>;
      const byPerson = new Map(rows.map((r) => [r.person_id, r]));
      return ids.map((id) => photoConsentFromProjection(byPerson.get(id) ?? null));
    }),
  };
}
