import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A guardian (voogd) can hold parental authority over the family's minors:
 * a person in the parents' place, often not a parent (a relative, a foster
 * parent after a court's ruling). Without one, a child under 12 whose parents
 * have no authority could never be consented for. The database keeps
 * authority to parents and guardians.
 */
export class Guardians1764200000000 implements MigrationInterface {
  name = 'Guardians1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_member DROP CONSTRAINT only_parents_have_authority`);
    await q.query(`ALTER TABLE family_member DROP CONSTRAINT family_member_role_check`);
    await q.query(`
      ALTER TABLE family_member
        ADD CONSTRAINT family_member_role_check CHECK (role IN ('PARENT', 'CHILD', 'OTHER_HOUSEHOLD_MEMBER', 'GUARDIAN')),
        ADD CONSTRAINT only_parents_and_guardians_have_authority CHECK (role IN ('PARENT', 'GUARDIAN') OR NOT has_parental_authority)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_member DROP CONSTRAINT only_parents_and_guardians_have_authority`);
    await q.query(`ALTER TABLE family_member DROP CONSTRAINT family_member_role_check`);
    await q.query(`
      ALTER TABLE family_member
        ADD CONSTRAINT family_member_role_check CHECK (role IN ('PARENT', 'CHILD', 'OTHER_HOUSEHOLD_MEMBER')),
        ADD CONSTRAINT only_parents_have_authority CHECK (role = 'PARENT' OR NOT has_parental_authority)`);
  }
}
