import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications that someone was invited to a family or became its regisseur (notification/family-notifications.ts). */
export class InvolvementNotifications1764600000000 implements MigrationInterface {
  name = 'InvolvementNotifications1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check
         CHECK (kind IN ('SIGNAL_MATCH', 'FAMILY_RESPONDED', 'INVITED', 'BECAME_REGISSEUR'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('INVITED', 'BECAME_REGISSEUR')`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('SIGNAL_MATCH', 'FAMILY_RESPONDED'))`);
  }
}
