import { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'GENERAL','SAFETY','MENTAL_HEALTH','ADDICTION','SCHOOL','FINANCES','POLICE_JUSTICE'`;

/**
 * Consent, sharing on a legal basis without consent, and the access log that
 * nobody can change: not the application, whose every UPDATE, DELETE or
 * TRUNCATE on it is refused by the database.
 */
export class NeedToKnow1763900200000 implements MigrationInterface {
  name = 'NeedToKnow1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        subject_member_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('PLAN_EXCHANGE', 'INFORM_FAMILY')),
        recipient_involvement_ids uuid[] NOT NULL DEFAULT '{}',
        categories text[] NOT NULL CHECK (categories <@ ARRAY[${CATEGORIES}]),
        valid_from date NOT NULL,
        valid_until date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_account_id uuid NOT NULL REFERENCES account(id),
        withdrawn_at timestamptz,
        withdrawn_by_account_id uuid REFERENCES account(id),
        withdrawal_note text,
        FOREIGN KEY (subject_member_id, family_id) REFERENCES family_member(id, family_id),
        CONSTRAINT valid_period CHECK (valid_until IS NULL OR valid_until >= valid_from),
        CONSTRAINT withdrawn_by_someone CHECK ((withdrawn_at IS NULL) = (withdrawn_by_account_id IS NULL))
      )`);
    await q.query(`CREATE INDEX consent_family_idx ON consent (family_id)`);
    await q.query(`
      CREATE TABLE consent_given (
        consent_id uuid NOT NULL REFERENCES consent(id),
        member_id uuid NOT NULL REFERENCES family_member(id),
        given_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_account_id uuid NOT NULL REFERENCES account(id),
        PRIMARY KEY (consent_id, member_id)
      )`);

    await q.query(`
      CREATE TABLE legal_basis (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        kind text NOT NULL CHECK (kind IN ('SUPERVISION_ORDER', 'MELDCODE', 'GOOD_CARE_PROVIDER')),
        reference text,
        recipient_involvement_id uuid NOT NULL,
        subject_member_ids uuid[] NOT NULL CHECK (cardinality(subject_member_ids) > 0),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[${CATEGORIES}]),
        -- The documented steps before sharing without consent (domain.md section 5).
        purpose text NOT NULL CHECK (length(trim(purpose)) > 0),
        necessary_information text NOT NULL CHECK (length(trim(necessary_information)) > 0),
        proportionality text NOT NULL CHECK (length(trim(proportionality)) > 0),
        subsidiarity text NOT NULL CHECK (length(trim(subsidiarity)) > 0),
        professional_secrecy text NOT NULL CHECK (length(trim(professional_secrecy)) > 0),
        family_informed_at timestamptz,
        informing_delay_reason text,
        valid_until date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_account_id uuid NOT NULL REFERENCES account(id),
        revoked_at timestamptz,
        FOREIGN KEY (recipient_involvement_id, family_id) REFERENCES involvement(id, family_id),
        -- The family is told before, or the delay has a recorded reason.
        CONSTRAINT family_told_or_delay_explained CHECK (
          (family_informed_at IS NOT NULL AND family_informed_at <= recorded_at)
          OR length(trim(coalesce(informing_delay_reason, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX legal_basis_family_idx ON legal_basis (family_id)`);

    await q.query(`
      CREATE TABLE access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        account_id uuid NOT NULL,
        account_kind text NOT NULL,
        involvement_id uuid,
        family_id uuid,
        member_ids uuid[] NOT NULL DEFAULT '{}',
        item_id uuid,
        list text,
        action text NOT NULL,
        basis text NOT NULL,
        consent_ids uuid[] NOT NULL DEFAULT '{}',
        legal_basis_ids uuid[] NOT NULL DEFAULT '{}',
        request_id text,
        client_address text
      )`);
    await q.query(`CREATE INDEX access_log_family_at_idx ON access_log (family_id, at DESC)`);
    await q.query(`CREATE INDEX access_log_account_at_idx ON access_log (account_id, at DESC)`);
    await q.query(`
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION refuse_change('the access log is append-only')`);
    await q.query(`
      CREATE TRIGGER access_log_never_truncated BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the access log is append-only')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log`);
    await q.query(`DROP TABLE legal_basis`);
    await q.query(`DROP TABLE consent_given`);
    await q.query(`DROP TABLE consent`);
  }
}
