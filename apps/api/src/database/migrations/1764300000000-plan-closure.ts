import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scaling down and closing (domain.md, "afschalen"): the regisseur closes a
 * plan with a reason and a final evaluation, and can reopen it with a reason.
 * `family.closed_at` is the plan's state today, which every write checks;
 * `plan_closure` is its history, append-only, so a closing or reopening is
 * never lost or rewritten.
 */
export class PlanClosure1764300000000 implements MigrationInterface {
  name = 'PlanClosure1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family ADD COLUMN closed_at timestamptz`);
    await q.query(`
      CREATE TABLE plan_closure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        action text NOT NULL CHECK (action IN ('CLOSED', 'REOPENED')),
        reason text CHECK (reason IN ('GOALS_REACHED', 'OTHER_CARE', 'FAMILY_MOVED', 'FAMILY_WITHDREW')),
        explanation text NOT NULL CHECK (length(trim(explanation)) > 0),
        final_evaluation text,
        at timestamptz NOT NULL DEFAULT now(),
        by_account_id uuid NOT NULL REFERENCES account(id),
        by_involvement_id uuid NOT NULL REFERENCES involvement(id),
        -- A closing names why and how it went; a reopening only why.
        CONSTRAINT closing_has_reason_and_evaluation CHECK (
          (action = 'CLOSED' AND reason IS NOT NULL AND length(trim(coalesce(final_evaluation, ''))) > 0)
          OR (action = 'REOPENED' AND reason IS NULL AND final_evaluation IS NULL))
      )`);
    await q.query(`CREATE INDEX plan_closure_family_idx ON plan_closure (family_id, at)`);
    await q.query(`
      CREATE TRIGGER plan_closure_append_only BEFORE UPDATE OR DELETE ON plan_closure
        FOR EACH ROW EXECUTE FUNCTION refuse_change('history is append-only')`);
    await q.query(`
      CREATE TRIGGER plan_closure_never_truncated BEFORE TRUNCATE ON plan_closure
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('history is append-only')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_closure`);
    await q.query(`ALTER TABLE family DROP COLUMN closed_at`);
  }
}
