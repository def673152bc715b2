import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Aim } from '../domain/focus-group';

/**
 * What a focus group said, in a facilitator's words, tagged with aims and themes. About a group:
 * a participant count, never names. Mirrors migration 1732300000004 by name.
 */
@Entity({ name: 'focus_group_note' })
@Check(
  'focus_group_note_aims_check',
  "cardinality(aims) >= 1 AND aims <@ ARRAY['WIDENING_HORIZONS','RAISING_ASPIRATIONS','CONFIDENCE','RESILIENCE','WELLBEING','COMMUNITY']::text[]",
)
@Check('focus_group_note_themes_check', 'cardinality(themes) BETWEEN 1 AND 10')
@Check('focus_group_note_summary_check', 'char_length(summary) BETWEEN 1 AND 5000')
@Check('focus_group_note_participant_count_check', 'participant_count >= 1')
@Index('focus_group_note_partner_held_idx', ['partnerId', 'heldOn'])
@Index('focus_group_note_held_idx', ['heldOn'])
@Index('focus_group_note_recorded_by_idx', ['recordedBy'])
@Index('focus_group_note_recorded_idx', ['recordedAt'])
export class FocusGroupNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** the event the group discussed; null for a note about a term or the programme */
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  /** whose students took part; null for a partnership-wide group (coordinator only) */
  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  /** YYYY-MM-DD: a calendar date, so no time zone can move it */
  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'text', array: true })
  aims!: Aim[];

  /** lower-case free tags */
  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'int' })
  participantCount!: number;

  /** who wrote it (a staff member); null once they are erased */
  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
