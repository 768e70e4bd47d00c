import { AccountKind } from '@gezinsplan/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';

@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('citext')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  kind!: AccountKind;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  /** A professional's discipline, e.g. "intern begeleider" or "gezinsvoogd". */
  @Column('text', { nullable: true })
  discipline!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  /** Null for accounts that only sign in through an external identity provider. */
  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
