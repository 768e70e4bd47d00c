import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who held the regisseur role and when; the database keeps exactly one active per family. */
@Entity('regisseur_assignment')
export class RegisseurAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('uuid', { name: 'involvement_id' })
  involvementId!: string;

  @Column('timestamptz', { name: 'started_at', default: () => 'now()' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text', { name: 'handover_note', nullable: true })
  handoverNote!: string | null;

  @Column('uuid', { name: 'assigned_by_account_id' })
  assignedByAccountId!: string;
}
