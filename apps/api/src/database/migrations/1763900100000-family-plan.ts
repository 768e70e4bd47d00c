import { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'GENERAL','SAFETY','MENTAL_HEALTH','ADDICTION','SCHOOL','FINANCES','POLICE_JUSTICE'`;
const KINDS = `'SITUATION','GOAL','AGREEMENT','CHILD_VOICE','EVALUATION','SAFETY_PLAN','SAFETY_CONDITION',
  'SAFETY_AGREEMENT','ROSTER_ENTRY','LOG_ENTRY','COMMENT','OWN_VIEW'`;

/**
 * Families, their members and network, involvements, the regisseur, the plan
 * with its full history and adopted versions. Rules that must never break are
 * enforced here, not only in code: one active regisseur, no hard deletes, a
 * revision for every change.
 */
export class FamilyPlan1763900100000 implements MigrationInterface {
  name = 'FamilyPlan1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN discipline text, ADD COLUMN phone text`);

    await q.query(`
      CREATE TABLE family (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_account_id uuid NOT NULL REFERENCES account(id),
        -- Stagnation is measured from here; every plan change moves it.
        last_plan_change_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE family_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        given_name text NOT NULL CHECK (length(trim(given_name)) > 0),
        family_name text NOT NULL CHECK (length(trim(family_name)) > 0),
        role text NOT NULL CHECK (role IN ('PARENT', 'CHILD', 'OTHER_HOUSEHOLD_MEMBER')),
        date_of_birth date NOT NULL CHECK (date_of_birth > '1900-01-01'),
        has_parental_authority boolean NOT NULL DEFAULT false,
        lives_at_home boolean NOT NULL DEFAULT true,
        account_id uuid REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (family_id, account_id),
        UNIQUE (id, family_id),
        CONSTRAINT only_parents_have_authority CHECK (role = 'PARENT' OR NOT has_parental_authority)
      )`);
    await q.query(`CREATE INDEX family_member_family_idx ON family_member (family_id)`);
    await q.query(`CREATE INDEX family_member_account_idx ON family_member (account_id) WHERE account_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE network_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        relation text NOT NULL CHECK (length(trim(relation)) > 0),
        phone text,
        email text,
        account_id uuid REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (family_id, account_id),
        UNIQUE (id, family_id)
      )`);
    await q.query(`CREATE INDEX network_member_family_idx ON network_member (family_id)`);
    await q.query(`CREATE INDEX network_member_account_idx ON network_member (account_id) WHERE account_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE involvement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        account_id uuid NOT NULL REFERENCES account(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        task text NOT NULL CHECK (length(trim(task)) > 0),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[${CATEGORIES}]),
        member_ids uuid[] NOT NULL DEFAULT '{}',
        starts_on date NOT NULL DEFAULT current_date,
        ends_on date,
        ended_at timestamptz,
        ended_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_account_id uuid NOT NULL REFERENCES account(id),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (id, family_id),
        CONSTRAINT ended_with_reason CHECK (ended_at IS NULL OR ended_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX involvement_family_idx ON involvement (family_id)`);
    await q.query(`CREATE INDEX involvement_active_account_idx ON involvement (account_id, family_id) WHERE ended_at IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX involvement_one_active_per_professional ON involvement (family_id, account_id) WHERE ended_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE regisseur_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        involvement_id uuid NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        handover_note text,
        assigned_by_account_id uuid NOT NULL REFERENCES account(id),
        FOREIGN KEY (involvement_id, family_id) REFERENCES involvement(id, family_id)
      )`);
    // At most one active regisseur per family…
    await q.query(
      `CREATE UNIQUE INDEX regisseur_one_active_per_family ON regisseur_assignment (family_id) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX regisseur_assignment_involvement_idx ON regisseur_assignment (involvement_id)`);
    // …and at least one, checked when the transaction commits, so a handover can end one and start the next.
    await q.query(`
      CREATE FUNCTION assert_family_has_regisseur(checked_family uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM regisseur_assignment WHERE family_id = checked_family AND ended_at IS NULL) THEN
          RAISE EXCEPTION 'family % has no active regisseur', checked_family USING ERRCODE = '23514';
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION new_family_has_regisseur() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM assert_family_has_regisseur(NEW.id); RETURN NULL; END $$`);
    await q.query(`
      CREATE FUNCTION family_keeps_regisseur() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM assert_family_has_regisseur(OLD.family_id); RETURN NULL; END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER family_has_regisseur AFTER INSERT ON family
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION new_family_has_regisseur()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER regisseur_remains AFTER UPDATE OR DELETE ON regisseur_assignment
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION family_keeps_regisseur()`);

    await q.query(`
      CREATE TABLE plan_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        about_member_ids uuid[] NOT NULL DEFAULT '{}',
        author_account_id uuid NOT NULL REFERENCES account(id),
        author_involvement_id uuid REFERENCES involvement(id),
        author_member_id uuid REFERENCES family_member(id),
        author_network_member_id uuid REFERENCES network_member(id),
        assignee_involvement_id uuid REFERENCES involvement(id),
        assignee_member_id uuid REFERENCES family_member(id),
        assignee_network_member_id uuid REFERENCES network_member(id),
        target_item_id uuid REFERENCES plan_item(id),
        content jsonb NOT NULL,
        status text,
        due_on date,
        withheld_from_family_reason text,
        removed_at timestamptz,
        removed_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_account_id uuid NOT NULL REFERENCES account(id),
        CONSTRAINT one_author CHECK (num_nonnulls(author_involvement_id, author_member_id, author_network_member_id) = 1),
        CONSTRAINT at_most_one_assignee
          CHECK (num_nonnulls(assignee_involvement_id, assignee_member_id, assignee_network_member_id) <= 1),
        CONSTRAINT responses_have_a_target CHECK ((kind IN ('COMMENT', 'OWN_VIEW')) = (target_item_id IS NOT NULL)),
        CONSTRAINT removed_with_reason CHECK (removed_at IS NULL OR removed_reason IS NOT NULL),
        CONSTRAINT withheld_reason_not_blank CHECK (withheld_from_family_reason IS NULL OR length(trim(withheld_from_family_reason)) > 0)
      )`);
    await q.query(`CREATE INDEX plan_item_family_kind_idx ON plan_item (family_id, kind) WHERE removed_at IS NULL`);
    await q.query(`CREATE INDEX plan_item_target_idx ON plan_item (target_item_id) WHERE target_item_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX plan_item_open_due_idx ON plan_item (family_id, due_on) WHERE removed_at IS NULL AND kind IN ('AGREEMENT', 'EVALUATION')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX plan_item_one_safety_plan ON plan_item (family_id) WHERE kind = 'SAFETY_PLAN' AND removed_at IS NULL`,
    );

    // Every state an item was ever in, written by the database itself so no code path can skip it.
    await q.query(`
      CREATE TABLE plan_item_revision (
        item_id uuid NOT NULL REFERENCES plan_item(id),
        version integer NOT NULL,
        family_id uuid NOT NULL,
        kind text NOT NULL,
        category text NOT NULL,
        about_member_ids uuid[] NOT NULL,
        author_involvement_id uuid,
        author_member_id uuid,
        author_network_member_id uuid,
        assignee_involvement_id uuid,
        assignee_member_id uuid,
        assignee_network_member_id uuid,
        target_item_id uuid,
        content jsonb NOT NULL,
        status text,
        due_on date,
        withheld_from_family_reason text,
        removed_at timestamptz,
        removed_reason text,
        changed_at timestamptz NOT NULL,
        changed_by_account_id uuid NOT NULL,
        PRIMARY KEY (item_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION record_plan_item_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.version <> OLD.version + 1 THEN
          RAISE EXCEPTION 'plan_item % changed without a new version', NEW.id USING ERRCODE = '23514';
        END IF;
        INSERT INTO plan_item_revision VALUES (
          NEW.id, NEW.version, NEW.family_id, NEW.kind, NEW.category, NEW.about_member_ids,
          NEW.author_involvement_id, NEW.author_member_id, NEW.author_network_member_id,
          NEW.assignee_involvement_id, NEW.assignee_member_id, NEW.assignee_network_member_id,
          NEW.target_item_id, NEW.content, NEW.status, NEW.due_on, NEW.withheld_from_family_reason,
          NEW.removed_at, NEW.removed_reason, NEW.updated_at, NEW.updated_by_account_id);
        UPDATE family SET last_plan_change_at = NEW.updated_at WHERE id = NEW.family_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER plan_item_revision AFTER INSERT OR UPDATE ON plan_item
        FOR EACH ROW EXECUTE FUNCTION record_plan_item_revision()`);
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% on % is not allowed: %', TG_OP, TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = '42501';
      END $$`);
    await q.query(`
      CREATE TRIGGER plan_item_never_deleted BEFORE DELETE ON plan_item
        FOR EACH ROW EXECUTE FUNCTION refuse_change('plan content is removed by marking it, with a reason')`);
    await q.query(`
      CREATE TRIGGER plan_item_revision_append_only BEFORE UPDATE OR DELETE ON plan_item_revision
        FOR EACH ROW EXECUTE FUNCTION refuse_change('history is append-only')`);

    await q.query(`
      CREATE TABLE plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        number integer NOT NULL CHECK (number > 0),
        adopted_at timestamptz NOT NULL DEFAULT now(),
        adopted_by_account_id uuid NOT NULL REFERENCES account(id),
        note text,
        UNIQUE (family_id, number)
      )`);
    await q.query(`
      CREATE TABLE plan_version_item (
        plan_version_id uuid NOT NULL REFERENCES plan_version(id),
        item_id uuid NOT NULL,
        item_version integer NOT NULL,
        PRIMARY KEY (plan_version_id, item_id),
        FOREIGN KEY (item_id, item_version) REFERENCES plan_item_revision(item_id, version)
      )`);
    await q.query(`
      CREATE TRIGGER plan_version_frozen BEFORE UPDATE OR DELETE ON plan_version
        FOR EACH ROW EXECUTE FUNCTION refuse_change('an adopted version is frozen')`);
    await q.query(`
      CREATE TRIGGER plan_version_item_frozen BEFORE UPDATE OR DELETE ON plan_version_item
        FOR EACH ROW EXECUTE FUNCTION refuse_change('an adopted version is frozen')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'plan_version_item',
      'plan_version',
      'plan_item_revision',
      'plan_item',
      'regisseur_assignment',
      'involvement',
      'network_member',
      'family_member',
      'family',
    ]) {
      await q.query(`DROP TABLE ${table} CASCADE`);
    }
    await q.query(
      `DROP FUNCTION refuse_change, record_plan_item_revision, new_family_has_regisseur, family_keeps_regisseur, assert_family_has_regisseur`,
    );
    await q.query(`ALTER TABLE account DROP COLUMN discipline, DROP COLUMN phone`);
  }
}
