import type { Role } from '@ekst/auth';
import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PersonScope } from './domain/person-visibility';
import type { ConsentRecordEntity } from './entities/consent-record.entity';
import type { PersonEntity } from './entities/person.entity';
import type { SafeguardingCheckEntity } from './entities/safeguarding-check.entity';
import type { LoadedPerson } from './use-cases/load-people.query';
import type { PeopleDeps } from './use-cases/people-use-case';

export interface PeopleContext extends BaseContext {
  /** whom this caller may see; computed once per request */
  scope: PersonScope;
  /**
   * unfiltered by scope: callers check `canSeePerson` (and `canSeeViaEvents` with the person's
   * event links, where reaching a person through an event counts) on what it returns
   */
  personById: DataLoader<string, LoadedPerson | null>;
  /** the visible people of each partner, one loader (one query per tick) per role filter */
  peopleOfPartner(role: Role | null): DataLoader<string, PersonEntity[]>;
  /** unfiltered: resolvers check who may see them */
  consentRecordsOf: DataLoader<string, ConsentRecordEntity[]>;
  safeguardingChecksOf: DataLoader<string, SafeguardingCheckEntity[]>;
  /** what people's use cases receive: the seam's dependencies and the token signer */
  deps: PeopleDeps;
}
