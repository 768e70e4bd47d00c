import { MigrationInterface, QueryRunner } from 'typeorm';

const DOMAINS = `'EDUCATION','YOUTH_CARE','MENTAL_HEALTH','ADDICTION','SAFETY','POLICE_JUSTICE','HEALTH','FINANCES_HOUSING'`;

/**
 * Signals of involvement (the Verwijsindex model): who worries about which
 * young person, never what about. Plus in-platform notifications and the
 * e-mail outbox used when no SMTP server is configured.
 */
export class Signals1763900300000 implements MigrationInterface {
  name = 'Signals1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal_subject (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bsn text NOT NULL UNIQUE CHECK (bsn ~ '^[0-9]{9}$'),
        given_name text NOT NULL CHECK (length(trim(given_name)) > 0),
        family_name text NOT NULL CHECK (length(trim(family_name)) > 0),
        date_of_birth date NOT NULL,
        street text NOT NULL,
        house_number text NOT NULL,
        postcode text NOT NULL CHECK (postcode ~ '^[0-9]{4}[A-Z]{2}$'),
        city text NOT NULL,
        parent_bsns text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Siblings are found by address and a shared parent.
    await q.query(`CREATE INDEX signal_subject_address_idx ON signal_subject (postcode, house_number)`);

    await q.query(`
      CREATE TABLE signal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_id uuid NOT NULL REFERENCES signal_subject(id),
        account_id uuid NOT NULL REFERENCES account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        domain text NOT NULL CHECK (domain IN (${DOMAINS})),
        contact_name text NOT NULL,
        contact_phone text,
        contact_email text NOT NULL,
        informed_at timestamptz,
        not_informed_reason text,
        registered_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        ended_reason text CHECK (ended_reason IN ('WITHDRAWN', 'EXPIRED', 'INVOLVEMENT_ENDED')),
        family_id uuid REFERENCES family(id),
        CONSTRAINT told_or_why_not CHECK (informed_at IS NOT NULL OR length(trim(coalesce(not_informed_reason, ''))) > 0),
        CONSTRAINT ended_with_reason CHECK ((ended_at IS NULL) = (ended_reason IS NULL)),
        CONSTRAINT expires_after_registration CHECK (expires_at > registered_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX signal_one_active_per_professional ON signal (subject_id, account_id) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX signal_active_subject_idx ON signal (subject_id, expires_at) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX signal_account_idx ON signal (account_id) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX signal_family_idx ON signal (family_id) WHERE family_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id),
        kind text NOT NULL CHECK (kind IN ('SIGNAL_MATCH')),
        subject_id uuid REFERENCES signal_subject(id),
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_account_idx ON notification (account_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE outbox_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_email`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE signal`);
    await q.query(`DROP TABLE signal_subject`);
  }
}
