import type { Caller } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import { RegistrationEntity } from '../entities/registration.entity';
import { loadForRegistrant, rejectedChange } from './cancel-registration.use-case';
import type { RegistrationChangeResult } from './cancel-registration.use-case';
import { appendRegistrationChanged } from './outbox-events';
import { lockEvent } from './places';

/** OFFERED → REGISTERED, before the offer's deadline; afterwards the place has moved on. */
export async function confirmPlace(
  dataSource: DataSource,
  args: { registrationId: string; caller: Caller },
  opts: { topic: string; now?: Date },
): Promise<RegistrationChangeResult> {
  const now = opts.now ?? new Date();
  const found = await loadForRegistrant(dataSource, args.registrationId, args.caller);
  if (found === 'forbidden') return { outcome: 'forbidden' };
  if (!found) return rejectedChange('NOT_FOUND', 'no registration with this id');
  return dataSource.transaction(async (m): Promise<RegistrationChangeResult> => {
    await lockEvent(m, found.eventId);
    const r = await m.getRepository(RegistrationEntity).findOneByOrFail({ id: found.id });
    if (r.status !== 'OFFERED') {
      return rejectedChange('NO_OFFER', `there is no open offer; this registration is ${r.status}`);
    }
    if (!r.offerExpiresAt || r.offerExpiresAt.getTime() <= now.getTime()) {
      return rejectedChange('OFFER_EXPIRED', 'the deadline to confirm this place has passed');
    }
    r.status = 'REGISTERED';
    r.offerExpiresAt = null;
    await m.getRepository(RegistrationEntity).save(r);
    await appendRegistrationChanged(m, opts.topic, r);
    return { outcome: 'ok', registration: r, offered: [], errors: [] };
  });
}
