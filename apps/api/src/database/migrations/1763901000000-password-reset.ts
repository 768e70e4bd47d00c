import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links: single-use, short-lived, only the token's hash stored.
 * `requested_by` names the administrator who sent one, or is NULL when the
 * owner asked through "wachtwoord vergeten".
 */
export class PasswordReset1763901000000 implements MigrationInterface {
  name = 'PasswordReset1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id),
        token_hash bytea NOT NULL UNIQUE,
        requested_by uuid REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at >= created_at)
      )`);
    await q.query(`CREATE INDEX password_reset_account_idx ON password_reset (account_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
  }
}
