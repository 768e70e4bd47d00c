import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One family once (issue 15 item 4, issue 12 item 5): a person known by BSN is a member of at most
 * one active plan. `family_plan_is_active` is the one place that says which plans count: a plan
 * that is not closed (`family.closed_at`, added by PlanClosure1764300000000, which runs after this
 * one; PL/pgSQL resolves the column when the function runs, not when it is created).
 */
export class OnePlanPerPerson1764100100000 implements MigrationInterface {
  name = 'OnePlanPerPerson1764100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_member ADD COLUMN bsn text CONSTRAINT family_member_bsn_format CHECK (bsn ~ '^[0-9]{9}$')`);
    await q.query(`CREATE INDEX family_member_bsn_idx ON family_member (bsn) WHERE bsn IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION family_plan_is_active(p_family_id uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM family f WHERE f.id = p_family_id AND f.closed_at IS NULL);
      END $$`);
    // A unique index cannot look at another table (whether the plan is active), so a trigger decides;
    // the advisory lock per BSN makes two plans started at the same moment wait for each other.
    await q.query(`
      CREATE FUNCTION family_member_one_active_plan() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.bsn IS NULL OR NOT family_plan_is_active(NEW.family_id) THEN
          RETURN NEW;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('family_member.bsn:' || NEW.bsn));
        IF EXISTS (SELECT 1 FROM family_member m
                    WHERE m.bsn = NEW.bsn AND m.id IS DISTINCT FROM NEW.id AND family_plan_is_active(m.family_id)) THEN
          RAISE EXCEPTION 'this person is already a member of an active plan'
            USING ERRCODE = '23505', CONSTRAINT = 'family_member_one_active_plan';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER family_member_one_active_plan BEFORE INSERT OR UPDATE OF bsn, family_id ON family_member
        FOR EACH ROW EXECUTE FUNCTION family_member_one_active_plan()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER family_member_one_active_plan ON family_member`);
    await q.query(`DROP FUNCTION family_member_one_active_plan`);
    await q.query(`DROP FUNCTION family_plan_is_active`);
    await q.query(`ALTER TABLE family_member DROP COLUMN bsn`);
  }
}
