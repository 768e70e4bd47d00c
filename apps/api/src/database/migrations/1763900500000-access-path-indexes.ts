import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two access paths that read whole tables, found by the benchmark
 * (docs/performance.md): their cost grew with the size of the country, not
 * with the size of the page.
 *
 * - The plan page's directory lists a family's regisseur terms by family;
 *   the only index on family_id covered active terms alone.
 * - A professional's overview lists the open agreements assigned to their
 *   involvements; nothing indexed the assignee.
 */
export class AccessPathIndexes1763900500000 implements MigrationInterface {
  name = 'AccessPathIndexes1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX regisseur_assignment_family_idx ON regisseur_assignment (family_id, started_at)`);
    await q.query(
      `CREATE INDEX plan_item_assignee_involvement_idx ON plan_item (assignee_involvement_id)
        WHERE assignee_involvement_id IS NOT NULL AND removed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plan_item_assignee_involvement_idx`);
    await q.query(`DROP INDEX regisseur_assignment_family_idx`);
  }
}
