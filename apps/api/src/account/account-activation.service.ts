import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newSessionToken } from '../auth/session-token';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Mail } from '../mail/mail.service';
import { activatedAlready, activationOfDisabledAccount, disabledAccountNeedsEnabling, invalidActivation } from './account.exception';

const LIFETIME_DAYS = 7;

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

  /**
   * A fresh link for an account whose owner has not chosen a password yet,
   * inside the caller's transaction; an activated or disabled account gets
   * CONFLICT. Earlier links expire now: one live link at a time, so that no
   * forgotten e-mail stays a way into the account.
   */
  async reissue(manager: EntityManager, accountId: string): Promise<string> {
    // Locked, so that an activation or a disabling meanwhile is not overtaken by a link that cannot work.
    const [account] = (await manager.query(
      `SELECT password_hash IS NOT NULL AS activated, disabled_at IS NOT NULL AS disabled FROM account WHERE id = $1 FOR UPDATE`,
      [accountId],
    )) as Array<{ activated: boolean; disabled: boolean }>;
    if (account.activated) throw activatedAlready();
    if (account.disabled) throw disabledAccountNeedsEnabling();
    await manager.query(
      `UPDATE account_activation SET expires_at = now() WHERE account_id = $1 AND used_at IS NULL AND expires_at > now()`,
      [accountId],
    );
    return this.issue(manager, accountId);
  }

  /** `renewed`: a fresh link for an account made earlier, which makes the earlier links useless. */
  invitationMail(to: string, displayName: string, link: string, renewed = false): Mail {
    return {
      to,
      subject: 'Uw account voor Gezinsplan',
      text: [
        `Beste ${displayName},`,
        '',
        renewed
          ? 'U krijgt een nieuwe link voor uw account in Gezinsplan. Eerdere links werken niet meer. Kies binnen 7 dagen een wachtwoord via deze link:'
          : 'Er is een account voor u gemaakt in Gezinsplan. Kies binnen 7 dagen een wachtwoord via deze link:',
        link,
        '',
        'Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren.',
      ].join('\n'),
    };
  }

  /**
   * Sets the password once; returns the account id. A disabled account is
   * refused before the link is used, so that it still works once the account
   * is enabled again.
   */
  async activate(token: string, password: string): Promise<string> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Locks the account row too: disabling it meanwhile waits for this transaction.
      const [link] = (await manager.query(
        `SELECT l.id, l.account_id AS "accountId", a.disabled_at IS NOT NULL AS disabled
           FROM account_activation l JOIN account a ON a.id = l.account_id
          WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND a.password_hash IS NULL
            FOR UPDATE`,
        [hashToken(token)],
      )) as Array<{ id: string; accountId: string; disabled: boolean }>;
      if (!link) throw invalidActivation();
      if (link.disabled) throw activationOfDisabledAccount();
      await manager.query(`UPDATE account_activation SET used_at = now() WHERE id = $1`, [link.id]);
      await manager.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [link.accountId, passwordHash]);
      return link.accountId;
    });
  }
}
