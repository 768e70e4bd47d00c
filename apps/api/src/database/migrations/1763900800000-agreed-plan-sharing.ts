import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent purpose agreed in the family meeting: the plan's agreements about a
 * member are shared, in content, with everyone involved (docs/access-rules.md).
 */
export class AgreedPlanSharing1763900800000 implements MigrationInterface {
  name = 'AgreedPlanSharing1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent DROP CONSTRAINT consent_purpose_check`);
    await q.query(`
      ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
        CHECK (purpose IN ('PLAN_EXCHANGE', 'INFORM_FAMILY', 'SHARE_AGREED_PLAN'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent DROP CONSTRAINT consent_purpose_check`);
    await q.query(`ALTER TABLE consent ADD CONSTRAINT consent_purpose_check CHECK (purpose IN ('PLAN_EXCHANGE', 'INFORM_FAMILY'))`);
  }
}
