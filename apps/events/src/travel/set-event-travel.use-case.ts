import { done, isUuid, refused, rejected, rejectedAll, userError } from '@ekst/subgraph-kit';
import { MANAGE_EVENT_FORBIDDEN } from '../domain/event-management';
import { callerManagesEvent, callerRolesAtEvent } from '../use-cases/event-management';
import type { EventsDeps, EventsResult } from '../use-cases/events-use-case';
import { lockEvent } from '../use-cases/places';
import { REGISTERED_STUDENTS_SQL, transportList } from './transport-list.query';
import type { TransportListRow } from './transport-list.query';
import { mayPlanTravel, seatsShortfall, travelInputProblems } from './travel';
import type { TravelInput } from './travel';

const PLAN_FORBIDDEN = `${MANAGE_EVENT_FORBIDDEN}, with its teachers in charge, plan its travel`;

/**
 * Plans (or replaces) how one partner's students travel to an event. Under the event's lock, so
 * the registered students counted are the ones registration sees: seats fewer than those is
 * SEATS_BELOW_REGISTERED and nothing is written.
 */
export async function setEventTravel(
  deps: EventsDeps,
  args: { eventId: string; input: TravelInput & { partnerId: string } },
): Promise<EventsResult<TransportListRow>> {
  const { input } = args;
  return deps.transaction(async (tx): Promise<EventsResult<TransportListRow>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (event) {
      const manages = await callerManagesEvent(m, deps.caller, event);
      if (!mayPlanTravel(manages, await callerRolesAtEvent(m, deps.caller, event.id)))
        return refused(PLAN_FORBIDDEN);
    }
    if (!event || event.status === 'CANCELLED' || event.status === 'COMPLETED')
      return rejected(userError('NOT_FOUND', 'no open event with this id', 'eventId'));
    const problems = travelInputProblems(input, event);
    if (problems.length > 0)
      return rejectedAll(problems.map((p) => userError('INVALID', p.message, `input.${p.field}`)));
    const partnerId = input.partnerId.toLowerCase();
    const [partner] = isUuid(partnerId)
      ? ((await m.query(`SELECT id FROM partner_projection WHERE id = $1`, [
          partnerId,
        ])) as unknown[])
      : [];
    if (!partner)
      return rejected(userError('UNKNOWN_PARTNER', 'no partner with this id', 'input.partnerId'));
    const [{ count: students }] = (await m.query(REGISTERED_STUDENTS_SQL, [
      event.id,
      partnerId,
    ])) as Array<{
      count: number;
    }>;
    const short = seatsShortfall(input.seats, students);
    if (short > 0)
      return rejected(
        userError(
          'SEATS_BELOW_REGISTERED',
          `${students} students of this partner are registered: ${short} more seats needed`,
          'input.seats',
        ),
      );
    await m.query(
      `INSERT INTO event_travel (event_id, partner_id, mode, pickup_at, pickup_place, seats, cost_pence, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id, partner_id) DO UPDATE SET mode = EXCLUDED.mode, pickup_at = EXCLUDED.pickup_at,
         pickup_place = EXCLUDED.pickup_place, seats = EXCLUDED.seats, cost_pence = EXCLUDED.cost_pence,
         updated_at = EXCLUDED.updated_at`,
      [
        event.id,
        partnerId,
        input.mode,
        new Date(input.pickupAt),
        input.pickupPlace.trim(),
        input.seats,
        input.costPence,
        deps.clock.now(),
      ],
    );
    const [entry] = await transportList(m, event.id, partnerId);
    return done(entry);
  });
}
