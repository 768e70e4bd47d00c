import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refused attempt to reach a family (NOT_FOUND, FORBIDDEN) is logged for the
 * platform's investigation, never in the family's own view of its log. The
 * family it was aimed at, when the id belonged to one, goes into its own
 * column: a refused line never carries `family_id`, which is what the family's
 * view and every per-family reading of the log select on, so the family cannot
 * see it through any of them, whatever the query. The same column holds the
 * family an outsider was pointed to when their new plan named a person who
 * already has one (the duplicate check, logged as a LOOKUP).
 */
export class RefusedAccess1763900900000 implements MigrationInterface {
  name = 'RefusedAccess1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_log ADD COLUMN attempted_family_id uuid`);
    // A line aimed at a family without the family's knowledge never names it in family_id.
    await q.query(`
      ALTER TABLE access_log ADD CONSTRAINT lines_outside_the_family_view CHECK (
        (attempted_family_id IS NULL OR family_id IS NULL) AND (action <> 'REFUSED' OR family_id IS NULL))`);
    await q.query(
      `CREATE INDEX access_log_attempted_family_idx ON access_log (attempted_family_id, at DESC) WHERE attempted_family_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_log DROP COLUMN attempted_family_id`);
  }
}
