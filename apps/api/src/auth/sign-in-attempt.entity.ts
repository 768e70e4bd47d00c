import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sign_in_attempt')
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** SHA-256 of the normalised e-mail address: the table holds no addresses. */
  @Column('bytea', { name: 'identifier_hash' })
  identifierHash!: Buffer;

  /** The source the attempt counts for: the client's IPv4 address or its IPv6 /64 (signInSourceOf). */
  @Column('text', { name: 'client_address' })
  clientAddress!: string;

  @Column('boolean')
  succeeded!: boolean;

  @Column('timestamptz', { name: 'attempted_at', default: () => 'now()' })
  attemptedAt!: Date;
}
