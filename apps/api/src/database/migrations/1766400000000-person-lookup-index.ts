import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Is this person already in an active plan?" by name and date of birth (ExistingPlanService,
 * asked when a plan is started, reopened or a signal registered): at 100,000 families it read
 * all 375,000 family members, 5.5 s a question, and held a pool connection all that time
 * (docs/performance.md). The date of birth and the family name as the look-up compares them.
 */
export class PersonLookupIndex1766400000000 implements MigrationInterface {
  name = 'PersonLookupIndex1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX family_member_birth_name_idx ON family_member (date_of_birth, lower(family_name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX family_member_birth_name_idx`);
  }
}
