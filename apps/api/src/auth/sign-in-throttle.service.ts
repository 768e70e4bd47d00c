import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { returning } from '../database/typed-sql';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function identifierHash(email: string): Buffer {
  return createHash('sha256').update(normaliseEmail(email)).digest();
}

/**
 * The source an attempt is counted for: the IPv4 address, or the /64 prefix
 * of an IPv6 address (one connection usually holds a whole /64, so counting
 * single IPv6 addresses would give an attacker billions of fresh sources).
 */
export function signInSourceOf(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1];
  if (!isIPv6(plain)) return plain;
  const [head, tail] = plain.split('::');
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : []);
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** Advisory lock namespaces (the first key of the two-key form), so an account and an address never share a lock. */
const ACCOUNT_LOCK = 7301;
const ADDRESS_LOCK = 7302;

/** How long the failures of one account from one source keep counting towards its growing wait (unless it signs in). */
const SOURCE_MEMORY_HOURS = 24;
/** How long a successful sign-in makes a source known for the account. */
const KNOWN_SOURCE_DAYS = 90;

/** How often one instance deletes attempts that fell out of the window. */
const PRUNE_INTERVAL_MS = 60_000;

export type SignInReservation = { allowed: true; attemptId: string } | { allowed: false; waitSeconds: number };

/**
 * Throttles failed sign-ins so that nobody can lock another person out
 * (docs/decisions.md, "Rate limiting"):
 *
 * - per account and source (client IPv4 address or IPv6 /64): a few free
 *   failures, then each attempt waits 1, 2, 4 … minutes after the last failure
 *   (at most `maxDelayMinutes`), until a sign-in from that source succeeds. An
 *   attacker elsewhere never slows the owner down;
 * - per source, on all accounts together, a higher ceiling within the window,
 *   except for accounts that signed in from that source before (colleagues
 *   behind one office NAT address);
 * - per account, from all sources: past `alertFailuresPerAccount` within the
 *   window a distributed attack is going on; it is recorded in `sign_in_alert`
 *   and logged as a warning, and nobody is locked out.
 *
 * All of it is keyed on the hash of the typed address, whether or not an
 * account has it, so the answers never tell whether an account exists. Kept in
 * PostgreSQL so that it holds across restarts and API instances.
 *
 * An attempt is counted before its password is checked: it is written as a
 * failure, under an advisory lock per account and per source, and turned into
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

  /** Counts one attempt for this account and source, or says how long to wait. */
  async reserve(email: string, clientAddress: string): Promise<SignInReservation> {
    const { freeFailuresPerSource, maxDelayMinutes, maxFailuresPerAddress, windowMinutes } = this.config.signIn;
    const hash = identifierHash(email);
    const source = signInSourceOf(clientAddress);
    const reservation = await this.dataSource.transaction(async (manager): Promise<SignInReservation> => {
      // Always the account's lock first, then the source's: two attempts never wait on each other in a circle.
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext(encode($2, 'hex')))`, [ACCOUNT_LOCK, hash]);
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADDRESS_LOCK, source]);
      const [state] = await manager.query<
        Array<{ known: boolean; pair_failures: number; since_last_failure: number | null; address_failures: number; address_wait: number | null }>
      >(
        `WITH known AS (
           SELECT max(last_success_at) AS last_success_at FROM sign_in_known_source
            WHERE identifier_hash = $1 AND source = $2 AND last_success_at > now() - make_interval(days => $5)),
         pair AS (
           SELECT count(*)::int AS failures, max(attempted_at) AS last_failure FROM sign_in_attempt
            WHERE identifier_hash = $1 AND client_address = $2 AND NOT succeeded
              AND attempted_at > greatest(now() - make_interval(hours => $4), (SELECT last_success_at FROM known))),
         address AS (
           SELECT count(*)::int AS failures, min(attempted_at) AS oldest FROM sign_in_attempt
            WHERE client_address = $2 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $3))
         SELECT (SELECT last_success_at IS NOT NULL FROM known) AS known,
                pair.failures AS pair_failures,
                extract(epoch FROM now() - pair.last_failure)::float8 AS since_last_failure,
                address.failures AS address_failures,
                ceil(extract(epoch FROM (address.oldest + make_interval(mins => $3) - now())))::int AS address_wait
           FROM pair, address`,
        [hash, source, windowMinutes, SOURCE_MEMORY_HOURS, KNOWN_SOURCE_DAYS],
      );
      if (state.pair_failures >= freeFailuresPerSource && state.since_last_failure !== null) {
        const delaySeconds = Math.min(60 * 2 ** (state.pair_failures - freeFailuresPerSource), maxDelayMinutes * 60);
        const waitSeconds = Math.ceil(delaySeconds - state.since_last_failure);
        if (waitSeconds > 0) return { allowed: false, waitSeconds };
      }
      if (!state.known && state.address_failures >= maxFailuresPerAddress) {
        return { allowed: false, waitSeconds: Math.max(1, state.address_wait ?? 1) };
      }
      const [attempt] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO sign_in_attempt (identifier_hash, client_address, succeeded)
         VALUES ($1, $2, false) RETURNING ${returning('sign_in_attempt', ['id']).sql}`,
        [hash, source],
      );
      await this.alertOnDistributedAttack(manager, hash, email);
      return { allowed: true, attemptId: attempt.id };
    });
    if (reservation.allowed) await this.pruneWhenDue();
    return reservation;
  }

  /** The password was right: the attempt no longer counts as a failure, and the source becomes known for the account. */
  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.query(
      `WITH done AS (
         UPDATE sign_in_attempt SET succeeded = true WHERE id = $1 RETURNING identifier_hash, client_address)
       INSERT INTO sign_in_known_source (identifier_hash, source)
       SELECT identifier_hash, client_address FROM done
       ON CONFLICT (identifier_hash, source) DO UPDATE SET last_success_at = now()`,
      [attemptId],
    );
  }

  /**
   * Many failures on one account from all sources together: recorded once per
   * window and logged, for the administrators to act on. Not a lock: that is
   * what an attacker who wants to keep the owner out would want.
   */
  private async alertOnDistributedAttack(manager: EntityManager, hash: Buffer, email: string): Promise<void> {
    const { alertFailuresPerAccount, windowMinutes } = this.config.signIn;
    const [alert] = await manager.query<Array<{ id: string; account_id: string | null; failures: number; sources: number }>>(
      `WITH recent AS (
         SELECT count(*)::int AS failures, count(DISTINCT client_address)::int AS sources FROM sign_in_attempt
          WHERE identifier_hash = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2))
       INSERT INTO sign_in_alert (identifier_hash, account_id, failures, sources)
       SELECT $1, (SELECT id FROM account WHERE email = $4), recent.failures, recent.sources FROM recent
        WHERE recent.failures >= $3
          AND NOT EXISTS (SELECT 1 FROM sign_in_alert
                           WHERE identifier_hash = $1 AND raised_at > now() - make_interval(mins => $2))
       RETURNING id, account_id, failures, sources`,
      [hash, windowMinutes, alertFailuresPerAccount, normaliseEmail(email)],
    );
    if (!alert) return;
    this.logger.warn(
      `Sign-in alert ${alert.id}: ${alert.failures} wrong passwords from ${alert.sources} sources within ${windowMinutes} minutes ` +
        `for ${alert.account_id ? `account ${alert.account_id}` : 'an address without an account'}; nobody is locked out`,
    );
  }

  /**
   * Deletes the attempts older than both the window and the per-source memory,
   * and sources not used for sign-in for a long time: they no longer count, and
   * the tables should not grow with every name an attacker tries. Returns how
   * many attempts went.
   */
  async pruneExpired(): Promise<number> {
    this.lastPrunedAt = Date.now();
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM sign_in_attempt
        WHERE attempted_at <= least(now() - make_interval(mins => $1), now() - make_interval(hours => $2))`,
      [this.config.signIn.windowMinutes, SOURCE_MEMORY_HOURS],
    );
    await this.dataSource.query(`DELETE FROM sign_in_known_source WHERE last_success_at <= now() - make_interval(days => $1)`, [
      KNOWN_SOURCE_DAYS,
    ]);
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
