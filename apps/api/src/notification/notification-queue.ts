import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NOTIFICATION_MAIL_QUEUE } from '../database/migrations/1763901010000-notifications';
import { AGREEMENT_OVERDUE_QUEUE, NOTIFICATION_DIGEST_QUEUE } from '../database/migrations/1764800000000-notification-events';

export interface NotificationMailJob {
  notificationId: string;
}

/**
 * The daily jobs, at a quiet hour in the Netherlands. pg-boss's clock runs on
 * every sending instance and creates each day's job once (it claims the
 * minute in its schedule table); the job itself is safe to run twice.
 */
const DAILY = { [AGREEMENT_OVERDUE_QUEUE]: '0 6 * * *', [NOTIFICATION_DIGEST_QUEUE]: '0 7 * * *' } as const;
export type DailyJob = keyof typeof DAILY;

/**
 * The durable job queue (pg-boss on the app's own PostgreSQL) through which
 * notification e-mails leave. A job is written in the transaction of the event
 * that caused it, so a rolled-back event sends nothing and a committed one is
 * not lost by a restart. pg-boss hands each job to one worker (SKIP LOCKED),
 * whichever instance runs it. The daily jobs (overdue agreements,
 * the digest) are scheduled on it too. Its schema comes from a migration: at run time
 * it is only checked (`migrate: false`).
 */
@Injectable()
export class NotificationQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationQueue');
  private readonly boss: PgBoss;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.databaseUrl) throw new Error('No database URL for the notification queue.');
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      max: 2,
      migrate: false,
      schedule: config.notifications.worker,
      supervise: true,
    });
    this.boss.on('error', (error) => {
      // During a database outage pg-boss reports every poll; the mail waits in the queue, nothing is wrong with the app.
      if (isDatabaseUnavailable(error)) this.logger.warn(`The notification queue cannot reach the database: ${String(error)}`);
      else this.logger.error({ err: error }, 'The notification queue reported an error');
    });
  }

  /** Set by the workers before the app starts; none on an instance that does not send mail. */
  private mailHandler: ((job: NotificationMailJob) => Promise<void>) | null = null;
  private readonly dailyHandlers = new Map<DailyJob, () => Promise<void>>();

  onMail(handler: (job: NotificationMailJob) => Promise<void>): void {
    this.mailHandler = handler;
  }

  onDaily(job: DailyJob, handler: () => Promise<void>): void {
    this.dailyHandlers.set(job, handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    if (!this.config.notifications.worker) return;
    const mailHandler = this.mailHandler;
    if (mailHandler) {
      await this.boss.work<NotificationMailJob>(NOTIFICATION_MAIL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        await mailHandler(job.data);
      });
    }
    for (const [name, handler] of this.dailyHandlers) {
      await this.boss.schedule(name, DAILY[name], undefined, { tz: 'Europe/Amsterdam' });
      await this.boss.work(name, { batchSize: 1, pollingIntervalSeconds: 30 }, () => handler());
    }
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
