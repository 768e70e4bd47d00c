import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An adopted, numbered, frozen version of the plan; its items are revisions. */
@Entity('plan_version')
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('integer')
  number!: number;

  @Column('timestamptz', { name: 'adopted_at', default: () => 'now()' })
  adoptedAt!: Date;

  @Column('uuid', { name: 'adopted_by_account_id' })
  adoptedByAccountId!: string;

  @Column('text', { nullable: true })
  note!: string | null;
}
