import { ConsentPurpose } from '@gezinsplan/access-policy';
import { InformationCategory } from '@gezinsplan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('consent')
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  /** Whose information this consent lets flow. */
  @Column('uuid', { name: 'subject_member_id' })
  subjectMemberId!: string;

  @Column('text')
  purpose!: ConsentPurpose;

  @Column('uuid', { name: 'recipient_involvement_ids', array: true, default: () => `'{}'` })
  recipientInvolvementIds!: string[];

  @Column('text', { array: true })
  categories!: InformationCategory[];

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_until', nullable: true })
  validUntil!: string | null;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;

  @Column('uuid', { name: 'recorded_by_account_id' })
  recordedByAccountId!: string;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { name: 'withdrawn_by_account_id', nullable: true })
  withdrawnByAccountId!: string | null;

  @Column('text', { name: 'withdrawal_note', nullable: true })
  withdrawalNote!: string | null;
}
