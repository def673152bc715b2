import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One item on a meeting's agenda, in order, with its minutes (migration 1732300000200). */
@Entity({ name: 'agenda_item' })
@Index('agenda_item_position_uq', ['meetingId', 'position'], { unique: true })
export class AgendaItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;
}
