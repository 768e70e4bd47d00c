import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newSessionToken } from '../auth/session-token';
import { normaliseEmail } from '../auth/sign-in-throttle.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Mail, MailService } from '../mail/mail.service';
import { activationOfDisabledAccount, invalidPasswordReset } from './account.exception';

/** Short: a reset link in a mailbox is a way into the account for whoever reads it. */
export const RESET_LIFETIME_MINUTES = 60;
/** One mail per account per this many seconds, so that the form cannot be used to flood someone's mailbox. */
const RESEND_AFTER_SECONDS = 60;

/**
 * "Wachtwoord vergeten": a single-use, short-lived link by e-mail. The token
 * rides in the URL fragment (never sent to a server, so never in a log) and
 * only its hash is stored. Choosing the new password ends every session of
 * the account.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
  ) {}

  /**
   * Sends a link when the address belongs to an account that can sign in, and
   * does nothing otherwise. The caller answers the same either way, and the
   * mail leaves after the answer, so that neither the answer nor its timing
   * tells whether the address is known.
   */
  async request(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const mail = await this.dataSource.transaction(async (manager) => {
      const [account] = (await manager.query(
        `SELECT id, email, display_name AS "displayName" FROM account
          WHERE email = $1 AND password_hash IS NOT NULL AND disabled_at IS NULL
            FOR UPDATE`,
        [email],
      )) as Array<{ id: string; email: string; displayName: string }>;
      if (!account) return null;
      const [recent] = (await manager.query(
        `SELECT 1 FROM password_reset WHERE account_id = $1 AND created_at > now() - make_interval(secs => $2)`,
        [account.id, RESEND_AFTER_SECONDS],
      )) as unknown[];
      if (recent) return null;
      const link = await this.issue(manager, account.id, null);
      return this.resetMail(account.email, account.displayName, link, false);
    });
    if (mail) this.sendLater(mail);
  }

  /**
   * An administrator sends a link to an account they manage, inside the
   * caller's transaction; the mail is sent by the caller after the commit.
   */
  async issueByAdministrator(manager: EntityManager, account: { id: string; email: string; displayName: string }, administratorId: string): Promise<Mail> {
    const link = await this.issue(manager, account.id, administratorId);
    return this.resetMail(account.email, account.displayName, link, true);
  }

  /**
   * Sets the new password through a live link, once; every session of the
   * account ends and every other live link expires. Returns the account id.
   */
  async reset(token: string, password: string): Promise<string> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Locks the link and the account: a second use of the same link waits here and then finds it used.
      const [link] = (await manager.query(
        `SELECT l.id, l.account_id AS "accountId", a.disabled_at IS NOT NULL AS disabled
           FROM password_reset l JOIN account a ON a.id = l.account_id
          WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now()
            FOR UPDATE`,
        [hashToken(token)],
      )) as Array<{ id: string; accountId: string; disabled: boolean }>;
      if (!link) throw invalidPasswordReset();
      if (link.disabled) throw activationOfDisabledAccount();
      await manager.query(`UPDATE password_reset SET used_at = now() WHERE id = $1`, [link.id]);
      await manager.query(`UPDATE password_reset SET expires_at = now() WHERE account_id = $1 AND used_at IS NULL AND expires_at > now()`, [
        link.accountId,
      ]);
      await manager.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [link.accountId, passwordHash]);
      await manager.query(`UPDATE session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [link.accountId]);
      return link.accountId;
    });
  }

  sendLater(mail: Mail): void {
    this.mail.send([mail]).catch((error: unknown) => this.logger.error({ err: error }, 'A password reset mail could not be sent'));
  }

  /** One live link at a time: earlier ones expire now. */
  private async issue(manager: EntityManager, accountId: string, requestedBy: string | null): Promise<string> {
    await manager.query(`UPDATE password_reset SET expires_at = now() WHERE account_id = $1 AND used_at IS NULL AND expires_at > now()`, [
      accountId,
    ]);
    const token = newSessionToken();
    await manager.query(
      `INSERT INTO password_reset (account_id, token_hash, requested_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [accountId, hashToken(token), requestedBy, RESET_LIFETIME_MINUTES],
    );
    return `${this.config.publicUrl}/wachtwoord-herstellen#token=${token}`;
  }

  private resetMail(to: string, displayName: string, link: string, byAdministrator: boolean): Mail {
    return {
      to,
      subject: 'Nieuw wachtwoord kiezen voor Gezinsplan',
      text: [
        `Beste ${displayName},`,
        '',
        byAdministrator
          ? 'De beheerder van uw organisatie stuurt u een link om een nieuw wachtwoord te kiezen voor Gezinsplan.'
          : 'Iemand heeft gevraagd om een nieuw wachtwoord voor uw account in Gezinsplan. Was u dat? Kies dan via deze link een nieuw wachtwoord:',
        link,
        '',
        `De link werkt één keer en is ${RESET_LIFETIME_MINUTES} minuten geldig. Als u een nieuw wachtwoord kiest, wordt u overal uitgelogd.`,
        'Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren. Uw wachtwoord blijft dan hetzelfde.',
      ].join('\n'),
    };
  }
}
