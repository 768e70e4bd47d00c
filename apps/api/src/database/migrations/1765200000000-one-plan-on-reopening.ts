import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One family once, also when a closed plan is reopened (issue 15 item 4): while a plan was closed,
 * one of its members may have joined another plan. `family_member_one_active_plan` watches members
 * only, so reopening is checked here, with the same advisory lock per BSN so that a reopening and a
 * new plan at the same moment wait for each other. The service checks first, to name the person.
 */
export class OnePlanOnReopening1765200000000 implements MigrationInterface {
  name = 'OnePlanOnReopening1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION family_reopen_one_active_plan() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        member_bsn text;
      BEGIN
        FOR member_bsn IN SELECT bsn FROM family_member WHERE family_id = NEW.id AND bsn IS NOT NULL ORDER BY bsn LOOP
          PERFORM pg_advisory_xact_lock(hashtext('family_member.bsn:' || member_bsn));
          IF EXISTS (SELECT 1 FROM family_member m
                      WHERE m.bsn = member_bsn AND m.family_id <> NEW.id AND family_plan_is_active(m.family_id)) THEN
            RAISE EXCEPTION 'a member of this plan is already a member of another active plan'
              USING ERRCODE = '23505', CONSTRAINT = 'family_member_one_active_plan';
          END IF;
        END LOOP;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER family_reopen_one_active_plan AFTER UPDATE OF closed_at ON family
        FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL AND NEW.closed_at IS NULL)
        EXECUTE FUNCTION family_reopen_one_active_plan()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER family_reopen_one_active_plan ON family`);
    await q.query(`DROP FUNCTION family_reopen_one_active_plan`);
  }
}
