import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A family member's details can be corrected (a name, a date of birth,
 * parental authority, living at home). Those details decide who must consent
 * and what a parent may read, so a correction must never erase what was
 * there: the database keeps every earlier state, with who replaced it and
 * when, and refuses a change that does not raise the version, exactly as it
 * does for plan items. Linking a portal account is not a correction and
 * leaves the version alone.
 */
export class FamilyMemberRevisions1763900600000 implements MigrationInterface {
  name = 'FamilyMemberRevisions1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE family_member
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN updated_by_account_id uuid REFERENCES account(id)`);

    await q.query(`
      CREATE TABLE family_member_revision (
        member_id uuid NOT NULL REFERENCES family_member(id),
        version integer NOT NULL,
        family_id uuid NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        role text NOT NULL,
        date_of_birth date NOT NULL,
        has_parental_authority boolean NOT NULL,
        lives_at_home boolean NOT NULL,
        replaced_at timestamptz NOT NULL,
        replaced_by_account_id uuid NOT NULL REFERENCES account(id),
        PRIMARY KEY (member_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION record_family_member_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.version <> OLD.version + 1 OR NEW.updated_by_account_id IS NULL OR NEW.updated_at IS NULL THEN
          RAISE EXCEPTION 'family_member % corrected without a new version, its time and who did it', NEW.id
            USING ERRCODE = '23514';
        END IF;
        INSERT INTO family_member_revision VALUES (
          OLD.id, OLD.version, OLD.family_id, OLD.given_name, OLD.family_name, OLD.role, OLD.date_of_birth,
          OLD.has_parental_authority, OLD.lives_at_home, NEW.updated_at, NEW.updated_by_account_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER family_member_revision BEFORE UPDATE ON family_member
        FOR EACH ROW
        WHEN ((OLD.given_name, OLD.family_name, OLD.role, OLD.date_of_birth, OLD.has_parental_authority, OLD.lives_at_home)
              IS DISTINCT FROM
              (NEW.given_name, NEW.family_name, NEW.role, NEW.date_of_birth, NEW.has_parental_authority, NEW.lives_at_home))
        EXECUTE FUNCTION record_family_member_revision()`);
    await q.query(`
      CREATE TRIGGER family_member_revision_append_only BEFORE UPDATE OR DELETE ON family_member_revision
        FOR EACH ROW EXECUTE FUNCTION refuse_change('history is append-only')`);
    await q.query(`
      CREATE TRIGGER family_member_revision_never_truncated BEFORE TRUNCATE ON family_member_revision
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('history is append-only')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER family_member_revision ON family_member`);
    await q.query(`DROP TABLE family_member_revision`);
    await q.query(`DROP FUNCTION record_family_member_revision`);
    await q.query(`ALTER TABLE family_member DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by_account_id`);
  }
}
