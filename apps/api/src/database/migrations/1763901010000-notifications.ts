import PgBoss from 'pg-boss';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The queue through which notification e-mails leave (see notification/notification-queue.ts). */
export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';

/**
 * Notifications of what happens in a family's plan, in the app and by e-mail.
 *
 * The job queue's schema (`pgboss`) is created here, by the owner that runs
 * migrations, and never by pg-boss at run time: the app connects as a role
 * that owns nothing. Its queues are made here too, because pg-boss makes a
 * table per queue. The SQL comes from the pinned pg-boss (10.4.2, schema
 * version 24); a later pg-boss that needs a newer schema gets a migration of
 * its own from `PgBoss.getMigrationPlans`.
 */
export class Notifications1763901010000 implements MigrationInterface {
  name = 'Notifications1763901010000';

  async up(q: QueryRunner): Promise<void> {
    // The plans hold their own BEGIN/COMMIT: TypeORM already runs this migration in a transaction.
    const plans = PgBoss.getConstructionPlans('pgboss').replace(/^\s*BEGIN;\s*$/m, '').replace(/^\s*COMMIT;\s*$/m, '');
    await q.query(plans);
    await q.query(`SELECT pgboss.create_queue($1, $2)`, [
      NOTIFICATION_MAIL_QUEUE,
      JSON.stringify({ policy: 'standard', retryLimit: 10, retryDelay: 60, retryBackoff: true, retentionMinutes: 7 * 24 * 60 }),
    ]);

    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('SIGNAL_MATCH', 'FAMILY_RESPONDED'))`);
    await q.query(`ALTER TABLE notification ADD COLUMN family_id uuid REFERENCES family(id)`);
    await q.query(`ALTER TABLE notification ADD COLUMN plan_item_id uuid REFERENCES plan_item(id)`);
    // Set in the transaction that hands the mail to the SMTP server: a notification is mailed at most once.
    await q.query(`ALTER TABLE notification ADD COLUMN mailed_at timestamptz`);

    await q.query(`
      CREATE TABLE notification_preference (
        account_id uuid PRIMARY KEY REFERENCES account(id),
        email text NOT NULL CHECK (email IN ('IMMEDIATELY', 'DAILY', 'OFF')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DELETE FROM notification WHERE kind <> 'SIGNAL_MATCH'`);
    await q.query(`ALTER TABLE notification DROP COLUMN mailed_at, DROP COLUMN plan_item_id, DROP COLUMN family_id`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('SIGNAL_MATCH'))`);
    await q.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
