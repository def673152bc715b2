import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentKind } from '../domain/event';

/** The current consent state per person and kind, kept from people's ConsentChanged. */
@Entity({ name: 'person_consent' })
@Check('person_consent_kind_check', "kind IN ('PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING')")
export class PersonConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: ConsentKind;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
