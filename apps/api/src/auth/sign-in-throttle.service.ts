import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { returning } from '../database/typed-sql';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function identifierHash(email: string): Buffer {
  return createHash('sha256').update(normaliseEmail(email)).digest();
}

/** Advisory lock namespaces (the first key of the two-key form), so an account and an address never share a lock. */
const ACCOUNT_LOCK = 7301;
const ADDRESS_LOCK = 7302;

/** How often one instance deletes attempts that fell out of the window. */
const PRUNE_INTERVAL_MS = 60_000;

export type SignInReservation = { allowed: true; attemptId: string } | { allowed: false; waitSeconds: number };

/**
 * Limits failed sign-ins per account name and per client address within a
 * sliding window. Kept in PostgreSQL so that the limit holds across restarts
 * and across several API instances.
 *
 * An attempt is counted before its password is checked: it is written as a
 * failure, under an advisory lock per account and per address, and turned into
 * a success afterwards. So a burst of parallel attempts cannot all read "below
 * the limit" before any of them is written.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('SignInThrottle');
  private lastPrunedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt for this account and address, or says how long to wait when the limit is reached. */
  async reserve(email: string, clientAddress: string): Promise<SignInReservation> {
    const { maxFailuresPerAccount, maxFailuresPerAddress, windowMinutes } = this.config.signIn;
    const hash = identifierHash(email);
    const reservation = await this.dataSource.transaction(async (manager): Promise<SignInReservation> => {
      // Always the account's lock first, then the address's: two attempts never wait on each other in a circle.
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext(encode($2, 'hex')))`, [ACCOUNT_LOCK, hash]);
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADDRESS_LOCK, clientAddress]);
      const [counts] = await manager.query<Array<{ account_failures: number; address_failures: number; wait_seconds: number | null }>>(
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
        [hash, clientAddress, windowMinutes],
      );
      if (counts.account_failures >= maxFailuresPerAccount || counts.address_failures >= maxFailuresPerAddress) {
        return { allowed: false, waitSeconds: Math.max(1, counts.wait_seconds ?? 1) };
      }
      const [attempt] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO sign_in_attempt (identifier_hash, client_address, succeeded)
         VALUES ($1, $2, false) RETURNING ${returning('sign_in_attempt', ['id']).sql}`,
        [hash, clientAddress],
      );
      return { allowed: true, attemptId: attempt.id };
    });
    if (reservation.allowed) await this.pruneWhenDue();
    return reservation;
  }

  /** The password was right: the counted attempt no longer counts as a failure. */
  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sign_in_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
  }

  /**
   * Deletes the attempts older than the window: they no longer count, and the
   * table should not grow with every name an attacker tries. Returns how many went.
   */
  async pruneExpired(): Promise<number> {
    this.lastPrunedAt = Date.now();
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM sign_in_attempt WHERE attempted_at <= now() - make_interval(mins => $1)`,
      [this.config.signIn.windowMinutes],
    );
    return deleted;
  }

  /** Pruning on write, at most once a minute per instance, so no scheduler is needed and idle instances do nothing. */
  private async pruneWhenDue(): Promise<void> {
    if (Date.now() - this.lastPrunedAt < PRUNE_INTERVAL_MS) return;
    try {
      await this.pruneExpired();
    } catch (error) {
      // A failed clean-up must not fail the sign-in; the next write tries again.
      this.logger.warn(`Could not delete expired sign-in attempts: ${String(error)}`);
    }
  }
}
