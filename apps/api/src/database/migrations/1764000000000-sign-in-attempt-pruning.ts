import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in attempts older than the window are deleted on write; this index finds them without reading the table. */
export class SignInAttemptPruning1764000000000 implements MigrationInterface {
  name = 'SignInAttemptPruning1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX sign_in_attempt_attempted_at_idx ON sign_in_attempt (attempted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sign_in_attempt_attempted_at_idx`);
  }
}
