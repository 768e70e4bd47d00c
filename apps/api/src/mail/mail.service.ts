import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail through the configured SMTP server, or, without one, keeps it
 * in the outbox table where a developer can read it. Sending happens after the
 * transaction that caused it has committed, so a failed send never rolls back
 * a registration, and a rolled-back registration never sends.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  async send(mails: readonly Mail[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (const mail of mails) {
      if (this.transport) {
        await this.transport.sendMail({ from: this.config.mail.from, to: mail.to, subject: mail.subject, text: mail.text });
      } else {
        await manager.query(`INSERT INTO outbox_email (to_address, subject, body) VALUES ($1, $2, $3)`, [
          mail.to,
          mail.subject,
          mail.text,
        ]);
      }
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
