import { InformationCategory } from '@gezinsplan/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A professional's task with one family: the only way a professional gets
 * access to case content. Ended involvements keep their history and lose access.
 */
@Entity('involvement')
export class InvolvementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  task!: string;

  @Column('text', { array: true })
  categories!: InformationCategory[];

  /** The family members the task concerns. */
  @Column('uuid', { name: 'member_ids', array: true, default: () => `'{}'` })
  memberIds!: string[];

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text', { name: 'ended_reason', nullable: true })
  endedReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by_account_id' })
  createdByAccountId!: string;

  @Column('integer', { default: 1 })
  version!: number;
}
