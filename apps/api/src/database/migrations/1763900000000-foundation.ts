import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, accounts, sessions and the sign-in attempts that rate-limit them. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        type text NOT NULL CHECK (type IN (
          'SCHOOL', 'NEIGHBOURHOOD_TEAM', 'YOUTH_MENTAL_HEALTH', 'ADULT_MENTAL_HEALTH',
          'ADDICTION_CARE', 'VEILIG_THUIS', 'YOUTH_PROTECTION', 'CHILD_PROTECTION_BOARD',
          'GENERAL_PRACTITIONER', 'MIDWIFE', 'POLICE', 'HOME_SUPPORT', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        kind text NOT NULL CHECK (kind IN (
          'PROFESSIONAL', 'FAMILY_MEMBER', 'NETWORK_MEMBER', 'ORGANISATION_ADMIN', 'PLATFORM_ADMIN')),
        organisation_id uuid REFERENCES organisation(id),
        password_hash text,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Professionals and their administrators always belong to an organisation; nobody else does.
        CONSTRAINT account_organisation_matches_kind CHECK (
          (kind IN ('PROFESSIONAL', 'ORGANISATION_ADMIN')) = (organisation_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX account_organisation_idx ON account (organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        client_address text,
        user_agent text
      )`);
    await queryRunner.query(`CREATE INDEX session_account_idx ON session (account_id)`);
    await queryRunner.query(`
      CREATE TABLE sign_in_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        identifier_hash bytea NOT NULL,
        client_address text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX sign_in_attempt_identifier_idx ON sign_in_attempt (identifier_hash, attempted_at) WHERE NOT succeeded`,
    );
    await queryRunner.query(
      `CREATE INDEX sign_in_attempt_address_idx ON sign_in_attempt (client_address, attempted_at) WHERE NOT succeeded`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_attempt`);
    await queryRunner.query(`DROP TABLE session`);
    await queryRunner.query(`DROP TABLE account`);
    await queryRunner.query(`DROP TABLE organisation`);
  }
}
