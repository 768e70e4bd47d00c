import { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily jobs of the notification queue (notification/notification-schedule.ts). */
export const AGREEMENT_OVERDUE_QUEUE = 'agreement-overdue';
export const NOTIFICATION_DIGEST_QUEUE = 'notification-digest';
/** pg-boss's own queue through which its clock sends the jobs of a schedule, once per tick whatever the number of instances. */
const PGBOSS_SCHEDULE_QUEUE = '__pgboss__send-it';

const KINDS_BEFORE = `'SIGNAL_MATCH', 'FAMILY_RESPONDED', 'INVITED', 'BECAME_REGISSEUR'`;
const KINDS = `${KINDS_BEFORE}, 'AGREEMENT_CHANGED', 'AGREEMENT_NOT_KEPT', 'AGREEMENT_OVERDUE', 'EVALUATION_PLANNED', 'CONSENT_WITHDRAWN'`;

/**
 * The remaining notification events (issue 15): an agreement changed, not kept
 * or overdue, an evaluation planned, a consent withdrawn; and their texts move
 * to the web's message files. A notification of a family now stores its kind
 * and parameters, not a Dutch sentence: `message` stays for the signal matches
 * (and the rows written before), and is empty otherwise.
 */
export class NotificationEvents1764800000000 implements MigrationInterface {
  name = 'NotificationEvents1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS}))`);
    await q.query(`ALTER TABLE notification ALTER COLUMN message DROP NOT NULL`);
    // E.g. the day until which an invitation does not name the family, or the due date an overdue notice is about.
    await q.query(`ALTER TABLE notification ADD COLUMN params jsonb NOT NULL DEFAULT '{}'`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_text_check CHECK (message IS NOT NULL OR family_id IS NOT NULL)`,
    );
    // Each agreement's overdue notice once per person and due date, however often (and on however many instances) the daily job runs.
    await q.query(
      `CREATE UNIQUE INDEX notification_overdue_once ON notification (account_id, plan_item_id, (params->>'dueOn'))
        WHERE kind = 'AGREEMENT_OVERDUE'`,
    );
    // The daily digest counts what is new since the last one.
    await q.query(`CREATE INDEX notification_unmailed_idx ON notification (account_id) WHERE mailed_at IS NULL`);
    for (const queue of [AGREEMENT_OVERDUE_QUEUE, NOTIFICATION_DIGEST_QUEUE]) {
      await q.query(`SELECT pgboss.create_queue($1, $2)`, [
        queue,
        JSON.stringify({ policy: 'standard', retryLimit: 5, retryDelay: 300, retryBackoff: true, retentionMinutes: 7 * 24 * 60 }),
      ]);
    }
    await q.query(`SELECT pgboss.create_queue($1, $2)`, [PGBOSS_SCHEDULE_QUEUE, JSON.stringify({ policy: 'standard' })]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pgboss.delete_queue($1)`, [PGBOSS_SCHEDULE_QUEUE]);
    for (const queue of [AGREEMENT_OVERDUE_QUEUE, NOTIFICATION_DIGEST_QUEUE]) {
      await q.query(`DELETE FROM pgboss.schedule WHERE name = $1`, [queue]);
      await q.query(`SELECT pgboss.delete_queue($1)`, [queue]);
    }
    await q.query(`DROP INDEX notification_unmailed_idx`);
    await q.query(`DROP INDEX notification_overdue_once`);
    await q.query(`DELETE FROM notification WHERE message IS NULL OR kind NOT IN (${KINDS_BEFORE})`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_text_check`);
    await q.query(`ALTER TABLE notification DROP COLUMN params`);
    await q.query(`ALTER TABLE notification ALTER COLUMN message SET NOT NULL`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
