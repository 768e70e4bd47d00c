import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NOTIFICATION_MAIL_QUEUE } from '../database/migrations/1763901010000-notifications';

export interface NotificationMailJob {
  notificationId: string;
}

/**
 * The durable job queue (pg-boss on the app's own PostgreSQL) through which
 * notification e-mails leave. A job is written in the transaction of the event
 * that caused it, so a rolled-back event sends nothing and a committed one is
 * not lost by a restart. pg-boss hands each job to one worker (SKIP LOCKED),
 * whichever instance runs it. Its schema comes from a migration: at run time
 * it is only checked (`migrate: false`).
 */
@Injectable()
export class NotificationQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationQueue');
  private readonly boss: PgBoss;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.databaseUrl) throw new Error('No database URL for the notification queue.');
    this.boss = new PgBoss({ connectionString: config.databaseUrl, max: 2, migrate: false, schedule: false, supervise: true });
    this.boss.on('error', (error) => {
      // During a database outage pg-boss reports every poll; the mail waits in the queue, nothing is wrong with the app.
      if (isDatabaseUnavailable(error)) this.logger.warn(`The notification queue cannot reach the database: ${String(error)}`);
      else this.logger.error({ err: error }, 'The notification queue reported an error');
    });
  }

  /** Set by the worker before the app starts; null on an instance that does not send mail. */
  private handler: ((job: NotificationMailJob) => Promise<void>) | null = null;

  onMail(handler: (job: NotificationMailJob) => Promise<void>): void {
    this.handler = handler;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    const handler = this.handler;
    if (!this.config.notifications.worker || !handler) return;
    await this.boss.work<NotificationMailJob>(NOTIFICATION_MAIL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await handler(job.data);
    });
  }

  /** Queues a mail inside the caller's transaction: it exists once that transaction commits, and not before. */
  async enqueue(manager: EntityManager, job: NotificationMailJob): Promise<void> {
    await this.boss.send(NOTIFICATION_MAIL_QUEUE, job, {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) },
    });
  }

  async onModuleDestroy(): Promise<void> {
    // Finishes the mail in hand; a job not yet finished stays in the queue for the next start.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
