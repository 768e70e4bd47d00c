import { FamilyRole } from '@gezinsplan/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('family_member')
export class FamilyMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('text', { name: 'given_name' })
  givenName!: string;

  @Column('text', { name: 'family_name' })
  familyName!: string;

  @Column('text')
  role!: FamilyRole;

  /** YYYY-MM-DD: consent and portal access follow from it, on the day. */
  @Column('date', { name: 'date_of_birth' })
  dateOfBirth!: string;

  @Column('boolean', { name: 'has_parental_authority', default: false })
  hasParentalAuthority!: boolean;

  @Column('boolean', { name: 'lives_at_home', default: true })
  livesAtHome!: boolean;

  /** The family portal login, for parents and children of 12 and over. */
  @Column('uuid', { name: 'account_id', nullable: true })
  accountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Raised by every correction of the details above; the database keeps each earlier state. */
  @Column('integer', { default: 1 })
  version!: number;
}
