import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../common/update-returning';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NOTIFICATION_DIGEST_QUEUE } from '../database/migrations/1764800000000-notification-events';
import { MailService } from '../mail/mail.service';
import { notificationMail } from './notification-mail';
import { NotificationQueue } from './notification-queue';

/** What a digest covers: notifications of someone who chose DAILY, since they chose it, not in an earlier mail. */
const COVERED = `n.mailed_at IS NULL AND n.created_at > p.updated_at`;

/**
 * The daily digest for people who chose it: one mail with the number of
 * unread notifications since the last one. Its notifications are marked mailed
 * in the transaction that hands the mail over, so a second run (a retry, a
 * second instance) finds nothing left and sends nothing.
 */
@Injectable()
export class NotificationDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    queue: NotificationQueue,
  ) {
    queue.onDaily(NOTIFICATION_DIGEST_QUEUE, async () => {
      await this.sendAll();
    });
  }

  /** Returns how many digests were sent. */
  async sendAll(): Promise<number> {
    const accounts = (await this.dataSource.query(
      `SELECT DISTINCT n.account_id AS "accountId" FROM notification n
         JOIN notification_preference p ON p.account_id = n.account_id AND p.email = 'DAILY'
        WHERE ${COVERED}`,
    )) as Array<{ accountId: string }>;
    let sent = 0;
    for (const { accountId } of accounts) if (await this.sendTo(accountId)) sent++;
    return sent;
  }

  private sendTo(accountId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Read ones are covered too: what was seen in the app needs no mail, and is not counted.
      const covered = await updateReturning<{ unread: boolean; email: string; displayName: string }>(
        manager,
        `UPDATE notification n SET mailed_at = now()
           FROM notification_preference p, account a
          WHERE n.account_id = $1 AND p.account_id = n.account_id AND p.email = 'DAILY'
            AND a.id = n.account_id AND a.disabled_at IS NULL AND ${COVERED}
          RETURNING n.read_at IS NULL AS unread, a.email, a.display_name AS "displayName"`,
        [accountId],
      );
      const unread = covered.filter((n) => n.unread).length;
      if (unread === 0) return false;
      await this.mail.send([notificationMail(this.config.publicUrl, covered[0], unread)], manager);
      return true;
    });
  }
}
