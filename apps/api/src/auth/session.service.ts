import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { preparedQuery } from '../database/prepared-query';
import { APP_CONFIG } from '../config/app-config.token';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken } from './session-token';
import { Viewer } from './viewer';

/** Writing last_seen_at at most once a minute keeps reads from turning into writes. */
const TOUCH_INTERVAL_SECONDS = 60;

/**
 * A question answered in the same statement as the session check, so that it costs no round trip
 * of its own: SQL of one JSON value, which may use the signed-in account (`found."accountId"`,
 * `found.kind`) and its own parameters, numbered from $4.
 */
export interface SessionCompanion {
  sql: string;
  params: readonly unknown[];
}

/**
 * The session statement: the lookup and the touch of last_seen_at when it is due go to the database
 * together instead of a second round trip now and then (which also made a request's statement count
 * depend on the clock). $1 the token hash, $2 the idle limit in minutes, $3 the touch interval in seconds.
 */
const sessionSql = (companion: string | null) => `
  WITH found AS (
    SELECT s.id AS "sessionId", s.last_seen_at, a.id AS "accountId", a.kind, a.email,
           a.display_name AS "displayName", a.organisation_id AS "organisationId"
      FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       AND s.last_seen_at > now() - make_interval(mins => $2) AND a.disabled_at IS NULL
  ), touched AS (
    UPDATE session SET last_seen_at = now()
     WHERE id = (SELECT "sessionId" FROM found) AND last_seen_at < now() - make_interval(secs => $3)
  )
  SELECT "sessionId", "accountId", kind, email, "displayName", "organisationId"${companion === null ? '' : `, (${companion}) AS companion`}
    FROM found`;

const SESSION_SQL = sessionSql(null);

export interface ClientInfo {
  address: string;
  userAgent: string | undefined;
}

/**
 * Sessions are opaque random tokens in an HTTP-only cookie; only their hash is
 * stored. A session ends at an absolute limit, after a period of inactivity,
 * or when revoked (sign-out, disabled account).
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get absoluteLifetimeMs(): number {
    return this.config.session.absoluteHours * 3_600_000;
  }

  async start(accountId: string, client: ClientInfo): Promise<string> {
    const token = newSessionToken();
    const now = new Date();
    await this.sessions.insert({
      accountId,
      tokenHash: hashToken(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.absoluteLifetimeMs),
      revokedAt: null,
      clientAddress: client.address,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  /** The viewer for a token, or null when the session is unknown, ended or its account disabled. */
  async resolve(token: string): Promise<Viewer | null> {
    // Every request passes here, so it is one prepared statement.
    const [row] = await preparedQuery<Viewer>(this.sessions.manager.connection, SESSION_SQL, this.sessionParams(token));
    return row ?? null;
  }

  /** The viewer for a token with the companion's answer, in one statement; null as `resolve`. */
  async resolveWith(token: string, companion: SessionCompanion): Promise<{ viewer: Viewer; companion: unknown } | null> {
    const [row] = await preparedQuery<Viewer & { companion: unknown }>(
      this.sessions.manager.connection,
      sessionSql(companion.sql),
      [...this.sessionParams(token), ...companion.params],
    );
    if (!row) return null;
    const { companion: answer, ...viewer } = row;
    return { viewer, companion: answer };
  }

  private sessionParams(token: string): unknown[] {
    return [hashToken(token), this.config.session.idleMinutes, TOUCH_INTERVAL_SECONDS];
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }
}
