import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { GroupKind } from '@ekst/contracts';
import type { QuorumRule } from '../domain/quorum';

/** A governance group and its quorum rule (migration 1732300000200). */
@Entity({ name: 'governance_group' })
@Check(
  'governance_group_kind_check',
  "kind IN ('HEADS','MANAGEMENT','FINANCE','STUDENT_VOICE','OTHER')",
)
@Check(
  'governance_group_quorum_kind_check',
  "quorum_kind IN ('MIN_PARTNERS','PERCENT_OF_MEMBER_PARTNERS')",
)
@Check(
  'governance_group_quorum_value_check',
  "quorum_value >= 1 AND (quorum_kind <> 'PERCENT_OF_MEMBER_PARTNERS' OR quorum_value <= 100)",
)
// The four standing groups exist once each; the coordinator may add any number of OTHER groups.
@Index('governance_group_standing_kind_uq', ['kind'], { unique: true, where: "kind <> 'OTHER'" })
export class GovernanceGroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: GroupKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  quorumKind!: QuorumRule['kind'];

  @Column({ type: 'integer' })
  quorumValue!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
