import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('family')
export class FamilyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by_account_id' })
  createdByAccountId!: string;

  /** Moved by the database on every plan change; stagnation is measured from it. */
  @Column('timestamptz', { name: 'last_plan_change_at', default: () => 'now()' })
  lastPlanChangeAt!: Date;
}
