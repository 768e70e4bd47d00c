import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function identifierHash(email: string): Buffer {
  return createHash('sha256').update(normaliseEmail(email)).digest();
}

/**
 * Limits failed sign-ins per account name and per client address within a
 * sliding window. Kept in PostgreSQL so that the limit holds across restarts
 * and across several API instances.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectRepository(SignInAttemptEntity) private readonly attempts: Repository<SignInAttemptEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds to wait before another attempt is allowed, or 0 when one may try now. */
  async secondsUntilAllowed(email: string, clientAddress: string): Promise<number> {
    const { maxFailuresPerAccount, maxFailuresPerAddress, windowMinutes } = this.config.signIn;
    const [row] = (await this.attempts.query(
      `WITH recent AS (
         SELECT identifier_hash = $1 AS same_account, client_address = $2 AS same_address, attempted_at
           FROM sign_in_attempt
          WHERE NOT succeeded
            AND attempted_at > now() - make_interval(mins => $3)
            AND (identifier_hash = $1 OR client_address = $2))
       SELECT
         (SELECT count(*) FROM recent WHERE same_account)::int AS account_failures,
         (SELECT count(*) FROM recent WHERE same_address)::int AS address_failures,
         ceil(extract(epoch FROM (min(attempted_at) + make_interval(mins => $3) - now())))::int AS wait_seconds
         FROM recent`,
      [identifierHash(email), clientAddress, windowMinutes],
    )) as Array<{ account_failures: number; address_failures: number; wait_seconds: number | null }>;
    if (!row) return 0;
    const blocked = row.account_failures >= maxFailuresPerAccount || row.address_failures >= maxFailuresPerAddress;
    return blocked ? Math.max(1, row.wait_seconds ?? 1) : 0;
  }

  async record(email: string, clientAddress: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ identifierHash: identifierHash(email), clientAddress, succeeded });
  }
}
