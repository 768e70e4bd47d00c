import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line per read or write of a family's personal data. The database refuses changes to it. */
@Entity('access_log')
export class AccessLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  at!: Date;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('text', { name: 'account_kind' })
  accountKind!: string;

  @Column('uuid', { name: 'involvement_id', nullable: true })
  involvementId!: string | null;

  @Column('uuid', { name: 'family_id', nullable: true })
  familyId!: string | null;

  /** The family a refused attempt or a duplicate check was aimed at: for the investigation, never in the family's view. */
  @Column('uuid', { name: 'attempted_family_id', nullable: true })
  attemptedFamilyId!: string | null;

  @Column('uuid', { name: 'member_ids', array: true, default: () => `'{}'` })
  memberIds!: string[];

  @Column('uuid', { name: 'item_id', nullable: true })
  itemId!: string | null;

  @Column('text', { nullable: true })
  list!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  basis!: string;

  @Column('uuid', { name: 'consent_ids', array: true, default: () => `'{}'` })
  consentIds!: string[];

  @Column('uuid', { name: 'legal_basis_ids', array: true, default: () => `'{}'` })
  legalBasisIds!: string[];

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column('text', { name: 'client_address', nullable: true })
  clientAddress!: string | null;
}
