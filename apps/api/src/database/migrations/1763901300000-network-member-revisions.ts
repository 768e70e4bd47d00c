import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network member's details (name, relation to the family, phone number,
 * e-mail address) can be corrected, as a family member's can. The phone
 * number is what a family or another network member uses when the safety plan
 * needs them, so an old one must never silently vanish: the database keeps
 * every earlier state with who replaced it and when, and refuses a correction
 * that does not raise the version. Linking a portal account is not a
 * correction and leaves the version alone.
 */
export class NetworkMemberRevisions1763901300000 implements MigrationInterface {
  name = 'NetworkMemberRevisions1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE network_member
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN updated_by_account_id uuid REFERENCES account(id)`);

    await q.query(`
      CREATE TABLE network_member_revision (
        network_member_id uuid NOT NULL REFERENCES network_member(id),
        version integer NOT NULL,
        family_id uuid NOT NULL,
        name text NOT NULL,
        relation text NOT NULL,
        phone text,
        email text,
        replaced_at timestamptz NOT NULL,
        replaced_by_account_id uuid NOT NULL REFERENCES account(id),
        PRIMARY KEY (network_member_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION record_network_member_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.version <> OLD.version + 1 OR NEW.updated_by_account_id IS NULL OR NEW.updated_at IS NULL THEN
          RAISE EXCEPTION 'network_member % corrected without a new version, its time and who did it', NEW.id
            USING ERRCODE = '23514';
        END IF;
        INSERT INTO network_member_revision VALUES (
          OLD.id, OLD.version, OLD.family_id, OLD.name, OLD.relation, OLD.phone, OLD.email,
          NEW.updated_at, NEW.updated_by_account_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER network_member_revision BEFORE UPDATE ON network_member
        FOR EACH ROW
        WHEN ((OLD.name, OLD.relation, OLD.phone, OLD.email) IS DISTINCT FROM (NEW.name, NEW.relation, NEW.phone, NEW.email))
        EXECUTE FUNCTION record_network_member_revision()`);
    await q.query(`
      CREATE TRIGGER network_member_revision_append_only BEFORE UPDATE OR DELETE ON network_member_revision
        FOR EACH ROW EXECUTE FUNCTION refuse_change('history is append-only')`);
    await q.query(`
      CREATE TRIGGER network_member_revision_never_truncated BEFORE TRUNCATE ON network_member_revision
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('history is append-only')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER network_member_revision ON network_member`);
    await q.query(`DROP TABLE network_member_revision`);
    await q.query(`DROP FUNCTION record_network_member_revision`);
    await q.query(`ALTER TABLE network_member DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by_account_id`);
  }
}
