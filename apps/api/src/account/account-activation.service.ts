import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newSessionToken } from '../auth/session-token';
import { badUserInput } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Mail } from '../mail/mail.service';

const LIFETIME_DAYS = 7;

export const invalidActivation = () =>
  badUserInput([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);

/**
 * Accounts start without a password: the owner receives a one-time link and
 * chooses one. The token rides in the URL fragment, which browsers never send
 * to the server, so it does not end up in access logs.
 */
@Injectable()
export class AccountActivationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates a link for the account, inside the caller's transaction. */
  async issue(manager: EntityManager, accountId: string): Promise<string> {
    const token = newSessionToken();
    await manager.query(
      `INSERT INTO account_activation (account_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [accountId, hashToken(token), LIFETIME_DAYS],
    );
    return `${this.config.publicUrl}/account-activeren#token=${token}`;
  }

  invitationMail(to: string, displayName: string, link: string): Mail {
    return {
      to,
      subject: 'Uw account voor Gezinsplan',
      text: [
        `Beste ${displayName},`,
        '',
        'Er is een account voor u gemaakt in Gezinsplan. Kies binnen 7 dagen een wachtwoord via deze link:',
        link,
        '',
        'Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren.',
      ].join('\n'),
    };
  }

  /** Sets the password once; returns the account id. */
  async activate(token: string, password: string): Promise<string> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const used = await updateReturning<{ account_id: string }>(
        manager,
        `UPDATE account_activation SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING account_id`,
        [hashToken(token)],
      );
      if (used.length === 0) throw invalidActivation();
      await manager.query(`UPDATE account SET password_hash = $2 WHERE id = $1 AND disabled_at IS NULL`, [
        used[0].account_id,
        passwordHash,
      ]);
      return used[0].account_id;
    });
  }
}
