import { InformationCategory, PlanItemKind } from '@gezinsplan/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlanItemContent } from './plan-item-content';

/**
 * One piece of the plan. The database writes a revision for every insert and
 * update (plan_item_revision) and refuses deletes: removal is a marked state.
 */
@Entity('plan_item')
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('text')
  kind!: PlanItemKind;

  @Column('text')
  category!: InformationCategory;

  @Column('uuid', { name: 'about_member_ids', array: true, default: () => `'{}'` })
  aboutMemberIds!: string[];

  @Column('uuid', { name: 'author_account_id' })
  authorAccountId!: string;

  @Column('uuid', { name: 'author_involvement_id', nullable: true })
  authorInvolvementId!: string | null;

  @Column('uuid', { name: 'author_member_id', nullable: true })
  authorMemberId!: string | null;

  @Column('uuid', { name: 'author_network_member_id', nullable: true })
  authorNetworkMemberId!: string | null;

  @Column('uuid', { name: 'assignee_involvement_id', nullable: true })
  assigneeInvolvementId!: string | null;

  @Column('uuid', { name: 'assignee_member_id', nullable: true })
  assigneeMemberId!: string | null;

  @Column('uuid', { name: 'assignee_network_member_id', nullable: true })
  assigneeNetworkMemberId!: string | null;

  @Column('uuid', { name: 'target_item_id', nullable: true })
  targetItemId!: string | null;

  @Column('jsonb')
  content!: PlanItemContent;

  @Column('text', { nullable: true })
  status!: string | null;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Column('text', { name: 'withheld_from_family_reason', nullable: true })
  withheldFromFamilyReason!: string | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @Column('text', { name: 'removed_reason', nullable: true })
  removedReason!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('uuid', { name: 'updated_by_account_id' })
  updatedByAccountId!: string;
}
