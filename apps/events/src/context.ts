import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PhotoConsent } from './domain/registration-fields';
import type { ClashLoaders } from './resolvers/clash.loaders';
import type { EventEntity } from './entities/event.entity';
import type { EventRoleEntity } from './entities/event-role.entity';
import type { PersonProjectionEntity } from './entities/person-projection.entity';
import type { RegistrationEntity } from './entities/registration.entity';

export interface RegistrationCounts {
  registered: number;
  waitlisted: number;
}

/** Per-request loaders: every field below resolves with one SQL query per batch of keys. */
export interface EventsContext extends BaseContext, ClashLoaders {
  eventById: DataLoader<string, EventEntity | null>;
  registrationCountsByEvent: DataLoader<string, RegistrationCounts>;
  registrationsByEvent: DataLoader<string, RegistrationEntity[]>;
  registrationsByPerson: DataLoader<string, RegistrationEntity[]>;
  hostedEventsByPartner: DataLoader<string, EventEntity[]>;
  personById: DataLoader<string, PersonProjectionEntity | null>;
  rolesByEvent: DataLoader<string, EventRoleEntity[]>;
  /** photo/publicity consent as last recorded (NOT_RECORDED without a record), by person id */
  photoConsentByPerson: DataLoader<string, PhotoConsent>;
}
