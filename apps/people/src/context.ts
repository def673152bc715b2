import type { Role } from '@ekst/auth';
import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PersonScope } from './domain/person-visibility';
import type { PersonEntity } from './entities/person.entity';

export interface PeopleContext extends BaseContext {
  /** whom this caller may see; computed once per request */
  scope: PersonScope;
  /** unfiltered by scope: callers check `canSeePerson` on what it returns */
  personById: DataLoader<string, PersonEntity | null>;
  /** the visible people of each partner, one loader (one query per tick) per role filter */
  peopleOfPartner(role: Role | null): DataLoader<string, PersonEntity[]>;
}
