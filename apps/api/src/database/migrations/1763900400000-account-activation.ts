import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time activation links: an account is created without a password and
 * its owner chooses one. Only the token's hash is stored.
 */
export class AccountActivation1763900400000 implements MigrationInterface {
  name = 'AccountActivation1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_activation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_activation_account_idx ON account_activation (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_activation`);
  }
}
