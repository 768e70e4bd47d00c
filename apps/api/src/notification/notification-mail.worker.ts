import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Mail, MailService } from '../mail/mail.service';
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
      await this.mail.send([this.notificationMail(row.email, row.displayName)], manager);
      await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = $1`, [notificationId]);
    });
  }

  /** Only that something happened, and a link: a mail can be read by others, so it carries no family, name or content. */
  private notificationMail(to: string, displayName: string): Mail {
    return {
      to,
      subject: 'Er is iets nieuws voor u in Gezinsplan',
      text: [
        `Beste ${displayName},`,
        '',
        'Er is iets nieuws voor u in Gezinsplan. Log in om te zien wat er is gebeurd:',
        `${this.config.publicUrl}/meldingen`,
        '',
        'Wilt u deze e-mails niet meer, of liever één keer per dag? Dat stelt u in bij Meldingen in Gezinsplan.',
      ].join('\n'),
    };
  }
}
