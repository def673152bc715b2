import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed password attempts per e-mail hash, whether or not the e-mail belongs to anyone. */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  keyHash!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
