import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One family member's yes to one consent. */
@Entity('consent_given')
export class ConsentGivenEntity {
  @PrimaryColumn('uuid', { name: 'consent_id' })
  consentId!: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('timestamptz', { name: 'given_at', default: () => 'now()' })
  givenAt!: Date;

  @Column('uuid', { name: 'recorded_by_account_id' })
  recordedByAccountId!: string;
}
