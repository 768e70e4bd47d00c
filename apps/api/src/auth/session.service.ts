import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken } from './session-token';
import { Viewer } from './viewer';

/** Writing last_seen_at at most once a minute keeps reads from turning into writes. */
const TOUCH_INTERVAL_MS = 60_000;

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
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.account', 'account')
      .where('session.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('session.revokedAt IS NULL')
      .andWhere('session.expiresAt > now()')
      .andWhere(`session.lastSeenAt > now() - make_interval(mins => :idle)`, { idle: this.config.session.idleMinutes })
      .andWhere('account.disabledAt IS NULL')
      .getOne();
    if (!session?.account) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date() });
    }
    const { account } = session;
    return {
      accountId: account.id,
      sessionId: session.id,
      kind: account.kind,
      email: account.email,
      displayName: account.displayName,
      organisationId: account.organisationId,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }
}
