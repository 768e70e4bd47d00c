import { LegalBasisKind } from '@gezinsplan/access-policy';
import { InformationCategory } from '@gezinsplan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Sharing without consent, with the documented steps of domain.md section 5. */
@Entity('legal_basis')
export class LegalBasisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @Column('text')
  kind!: LegalBasisKind;

  /** For example the court's case number of a supervision order. */
  @Column('text', { nullable: true })
  reference!: string | null;

  @Column('uuid', { name: 'recipient_involvement_id' })
  recipientInvolvementId!: string;

  @Column('uuid', { name: 'subject_member_ids', array: true })
  subjectMemberIds!: string[];

  @Column('text', { array: true })
  categories!: InformationCategory[];

  @Column('text')
  purpose!: string;

  @Column('text', { name: 'necessary_information' })
  necessaryInformation!: string;

  @Column('text')
  proportionality!: string;

  @Column('text')
  subsidiarity!: string;

  @Column('text', { name: 'professional_secrecy' })
  professionalSecrecy!: string;

  @Column('timestamptz', { name: 'family_informed_at', nullable: true })
  familyInformedAt!: Date | null;

  @Column('text', { name: 'informing_delay_reason', nullable: true })
  informingDelayReason!: string | null;

  @Column('date', { name: 'valid_until', nullable: true })
  validUntil!: string | null;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;

  @Column('uuid', { name: 'recorded_by_account_id' })
  recordedByAccountId!: string;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
