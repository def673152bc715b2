import { done, rejected, userError } from '@ekst/subgraph-kit';
import { RegistrationEntity } from '../entities/registration.entity';
import { lockForRegistrant } from './cancel-registration.use-case';
import type { RegistrationChange } from './cancel-registration.use-case';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendRegistrationChanged } from './outbox-events';

/** OFFERED → REGISTERED, before the offer's deadline; afterwards the place has moved on. */
export async function confirmPlace(
  deps: EventsDeps,
  args: { registrationId: string },
): Promise<EventsResult<RegistrationChange>> {
  const now = deps.clock.now();
  return deps.transaction(async (tx): Promise<EventsResult<RegistrationChange>> => {
    const found = await lockForRegistrant(tx, deps.caller, args.registrationId);
    if (found.kind !== 'done') return found;
    const r = found.value.registration;
    if (r.status !== 'OFFERED') {
      return rejected(
        userError(
          'NO_OFFER',
          `there is no open offer; this registration is ${r.status}`,
          'registrationId',
        ),
      );
    }
    if (!r.offerExpiresAt || r.offerExpiresAt.getTime() <= now.getTime()) {
      return rejected(
        userError(
          'OFFER_EXPIRED',
          'the deadline to confirm this place has passed',
          'registrationId',
        ),
      );
    }
    r.status = 'REGISTERED';
    r.offerExpiresAt = null;
    await tx.manager.getRepository(RegistrationEntity).save(r);
    await appendRegistrationChanged(tx.outbox, r);
    return done({ registration: r, offered: [] });
  });
}
