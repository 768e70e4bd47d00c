import { MigrationInterface, QueryRunner } from 'typeorm';

const DETAILS = ['given_name', 'family_name', 'date_of_birth', 'street', 'house_number', 'postcode', 'city', 'parent_bsns'];

/**
 * Each signal keeps the person details its own professional registered
 * (issue 12 item 4). The shared register row holds only the BSN, so a second
 * registration can neither change what others see nor be read back by them.
 */
export class SignalPersonDetails1764100000000 implements MigrationInterface {
  name = 'SignalPersonDetails1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE signal
        ADD COLUMN given_name text, ADD COLUMN family_name text, ADD COLUMN date_of_birth date,
        ADD COLUMN street text, ADD COLUMN house_number text, ADD COLUMN postcode text, ADD COLUMN city text,
        ADD COLUMN parent_bsns text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE signal s SET given_name = j.given_name, family_name = j.family_name, date_of_birth = j.date_of_birth,
        street = j.street, house_number = j.house_number, postcode = j.postcode, city = j.city, parent_bsns = j.parent_bsns
        FROM signal_subject j WHERE j.id = s.subject_id`);
    await q.query(`
      ALTER TABLE signal
        ALTER COLUMN given_name SET NOT NULL, ALTER COLUMN family_name SET NOT NULL, ALTER COLUMN date_of_birth SET NOT NULL,
        ALTER COLUMN street SET NOT NULL, ALTER COLUMN house_number SET NOT NULL, ALTER COLUMN postcode SET NOT NULL,
        ALTER COLUMN city SET NOT NULL,
        ADD CONSTRAINT signal_given_name_present CHECK (length(trim(given_name)) > 0),
        ADD CONSTRAINT signal_family_name_present CHECK (length(trim(family_name)) > 0),
        ADD CONSTRAINT signal_postcode_dutch CHECK (postcode ~ '^[0-9]{4}[A-Z]{2}$')`);
    await q.query(`DROP INDEX signal_subject_address_idx`);
    // Siblings are found by the address each professional registered, among active signals.
    await q.query(`CREATE INDEX signal_address_idx ON signal (postcode, house_number) WHERE ended_at IS NULL`);
    await q.query(`ALTER TABLE signal_subject ${DETAILS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE signal_subject
        ADD COLUMN given_name text, ADD COLUMN family_name text, ADD COLUMN date_of_birth date,
        ADD COLUMN street text, ADD COLUMN house_number text, ADD COLUMN postcode text, ADD COLUMN city text,
        ADD COLUMN parent_bsns text[] NOT NULL DEFAULT '{}'`);
    // Back to one row per young person: the earliest registration's details.
    await q.query(`
      UPDATE signal_subject j SET given_name = s.given_name, family_name = s.family_name, date_of_birth = s.date_of_birth,
        street = s.street, house_number = s.house_number, postcode = s.postcode, city = s.city, parent_bsns = s.parent_bsns
        FROM (SELECT DISTINCT ON (subject_id) * FROM signal ORDER BY subject_id, registered_at) s WHERE s.subject_id = j.id`);
    await q.query(`DELETE FROM signal_subject WHERE given_name IS NULL`);
    await q.query(`
      ALTER TABLE signal_subject
        ALTER COLUMN given_name SET NOT NULL, ALTER COLUMN family_name SET NOT NULL, ALTER COLUMN date_of_birth SET NOT NULL,
        ALTER COLUMN street SET NOT NULL, ALTER COLUMN house_number SET NOT NULL, ALTER COLUMN postcode SET NOT NULL,
        ALTER COLUMN city SET NOT NULL`);
    await q.query(`CREATE INDEX signal_subject_address_idx ON signal_subject (postcode, house_number)`);
    await q.query(`DROP INDEX signal_address_idx`);
    await q.query(`ALTER TABLE signal ${DETAILS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }
}
