import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'SIGNAL_MATCH', 'FAMILY_RESPONDED', 'INVITED', 'BECAME_REGISSEUR', 'AGREEMENT_CHANGED', 'AGREEMENT_NOT_KEPT', 'AGREEMENT_OVERDUE', 'EVALUATION_PLANNED', 'CONSENT_WITHDRAWN'`;
const KINDS = `${KINDS_BEFORE}, 'REGISSEUR_PROPOSED', 'REGISSEUR_PROPOSAL_ACCEPTED', 'REGISSEUR_PROPOSAL_DECLINED'`;

/**
 * A regisseur handover is a proposal until the proposed professional accepts
 * it (issue 12, item 5): until then the current regisseur stays regisseur.
 * One open proposal per family, so "who takes over" never has two answers.
 */
export class RegisseurHandoverProposal1765600000000 implements MigrationInterface {
  name = 'RegisseurHandoverProposal1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regisseur_handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        to_involvement_id uuid NOT NULL,
        proposed_by_account_id uuid NOT NULL REFERENCES account(id),
        note text,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        outcome text CHECK (outcome IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        decided_at timestamptz,
        decided_by_account_id uuid REFERENCES account(id),
        decline_reason text,
        FOREIGN KEY (to_involvement_id, family_id) REFERENCES involvement(id, family_id),
        CHECK ((outcome IS NULL) = (decided_at IS NULL) AND (outcome IS NULL) = (decided_by_account_id IS NULL)),
        CHECK (decline_reason IS NULL OR outcome = 'DECLINED')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX regisseur_handover_one_open_per_family ON regisseur_handover (family_id) WHERE outcome IS NULL`,
    );
    await q.query(`CREATE INDEX regisseur_handover_to_involvement_idx ON regisseur_handover (to_involvement_id) WHERE outcome IS NULL`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind NOT IN (${KINDS_BEFORE})`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
    await q.query(`DROP TABLE regisseur_handover`);
  }
}
