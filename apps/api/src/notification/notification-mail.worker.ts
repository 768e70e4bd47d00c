import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { MailService } from '../mail/mail.service';
import { notificationMail } from './notification-mail';
import { NotificationMailJob, NotificationQueue } from './notification-queue';

/**
 * Sends one notification's e-mail. The notification row is locked and marked
 * mailed in the same transaction that hands the mail to the SMTP server, so a
 * job that runs twice (a retry after a crash, a second instance) finds it
 * mailed and sends nothing. A failed send rolls back and pg-boss retries.
 */
@Injectable()
export class NotificationMailWorker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    queue: NotificationQueue,
  ) {
    queue.onMail((job) => this.deliver(job));
  }

  async deliver({ notificationId }: NotificationMailJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT a.email, a.display_name AS "displayName"
           FROM notification n JOIN account a ON a.id = n.account_id
          WHERE n.id = $1 AND n.mailed_at IS NULL AND a.disabled_at IS NULL
            FOR UPDATE OF n`,
        [notificationId],
      )) as Array<{ email: string; displayName: string }>;
      if (!row) return;
      await this.mail.send([notificationMail(this.config.publicUrl, row)], manager);
      await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = $1`, [notificationId]);
    });
  }
}
