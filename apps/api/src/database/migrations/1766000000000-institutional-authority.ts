import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parental authority over a minor can lie with a certified institution
 * (gecertificeerde instelling: a youth-protection organisation holding
 * guardianship after a court's ruling). The institution then consents in the
 * parents' place, through one of its professionals. The database refuses what
 * cannot be: an adult, someone outside the family, another organisation kind,
 * and two records for one minor on the same day.
 */
export class InstitutionalAuthority1766000000000 implements MigrationInterface {
  name = 'InstitutionalAuthority1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE institutional_authority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        member_id uuid NOT NULL REFERENCES family_member(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        starts_on date NOT NULL,
        ruling text NOT NULL CHECK (length(btrim(ruling)) BETWEEN 1 AND 200),
        ends_on date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_account_id uuid NOT NULL REFERENCES account(id),
        ended_at timestamptz,
        ended_by_account_id uuid REFERENCES account(id),
        CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CHECK ((ends_on IS NULL) = (ended_at IS NULL) AND (ends_on IS NULL) = (ended_by_account_id IS NULL))
      )`);
    await q.query(`CREATE INDEX institutional_authority_family_idx ON institutional_authority (family_id)`);
    await q.query(
      `CREATE UNIQUE INDEX institutional_authority_one_open_per_member ON institutional_authority (member_id) WHERE ends_on IS NULL`,
    );
    // The member's row is locked first, so that two records for one minor never pass each other's overlap check.
    await q.query(`
      CREATE FUNCTION institutional_authority_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        born date;
      BEGIN
        SELECT date_of_birth INTO born FROM family_member
         WHERE id = NEW.member_id AND family_id = NEW.family_id FOR NO KEY UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'institutional authority: the member is not a member of this family'
            USING ERRCODE = '23514', CONSTRAINT = 'institutional_authority_member_of_family';
        END IF;
        IF born + interval '18 years' <= NEW.starts_on THEN
          RAISE EXCEPTION 'institutional authority: the member is not a minor on the start date'
            USING ERRCODE = '23514', CONSTRAINT = 'institutional_authority_over_minor';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM organisation WHERE id = NEW.organisation_id AND type = 'YOUTH_PROTECTION') THEN
          RAISE EXCEPTION 'institutional authority: the organisation is not a certified institution (youth protection)'
            USING ERRCODE = '23514', CONSTRAINT = 'institutional_authority_certified_institution';
        END IF;
        IF EXISTS (SELECT 1 FROM institutional_authority o
                    WHERE o.member_id = NEW.member_id AND o.id <> NEW.id
                      AND daterange(o.starts_on, o.ends_on, '[]') && daterange(NEW.starts_on, NEW.ends_on, '[]')) THEN
          RAISE EXCEPTION 'institutional authority: another record covers these days'
            USING ERRCODE = '23P01', CONSTRAINT = 'institutional_authority_no_overlap';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER institutional_authority_check BEFORE INSERT OR UPDATE ON institutional_authority
        FOR EACH ROW EXECUTE FUNCTION institutional_authority_check()`);
    await q.query(`
      CREATE TABLE consent_given_by_institution (
        consent_id uuid NOT NULL REFERENCES consent(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        involvement_id uuid NOT NULL REFERENCES involvement(id),
        given_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_account_id uuid NOT NULL REFERENCES account(id),
        PRIMARY KEY (consent_id, organisation_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consent_given_by_institution`);
    await q.query(`DROP TABLE institutional_authority`);
    await q.query(`DROP FUNCTION institutional_authority_check()`);
  }
}
