import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling per (account, source) instead of per account (outsider
 * attack: five wrong passwords from anywhere locked the owner out for 15
 * minutes). `sign_in_known_source` remembers where an account signed in
 * successfully, so that a colleague behind the same NAT address is not refused
 * when someone else on it fails often. `sign_in_alert` records each account
 * that many sources fail on at once: a distributed attack is recorded and
 * logged, not answered by locking the owner out. See docs/decisions.md.
 */
export class SignInSources1767400000000 implements MigrationInterface {
  name = 'SignInSources1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_known_source (
        identifier_hash bytea NOT NULL,
        source text NOT NULL,
        last_success_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (identifier_hash, source)
      )`);
    await q.query(`CREATE INDEX sign_in_known_source_last_success_idx ON sign_in_known_source (last_success_at)`);
    await q.query(`
      CREATE TABLE sign_in_alert (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        identifier_hash bytea NOT NULL,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        failures integer NOT NULL,
        sources integer NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_alert_identifier_idx ON sign_in_alert (identifier_hash, raised_at)`);
    await q.query(
      `CREATE INDEX sign_in_attempt_pair_idx ON sign_in_attempt (identifier_hash, client_address, attempted_at) WHERE NOT succeeded`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sign_in_attempt_pair_idx`);
    await q.query(`DROP TABLE sign_in_alert`);
    await q.query(`DROP TABLE sign_in_known_source`);
  }
}
