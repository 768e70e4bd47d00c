import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A portal invitation to an e-mail address that already has an account
 * (outsider attack, session 23): the regisseur gets the same answer as for a
 * new address, so the invitation cannot tell whether an address has an
 * account. The invitation waits here for the holder, who is e-mailed a link
 * and linked to the person when they sign in through it, if their account is
 * of the kind the invitation is for. Only the hash of the link's token is kept.
 */
export class PortalLinkInvitation1766100000000 implements MigrationInterface {
  name = 'PortalLinkInvitation1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_link_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        member_id uuid,
        network_member_id uuid,
        account_id uuid NOT NULL REFERENCES account(id),
        invited_by_account_id uuid NOT NULL REFERENCES account(id),
        token_hash bytea NOT NULL UNIQUE,
        invited_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        linked_at timestamptz,
        FOREIGN KEY (member_id, family_id) REFERENCES family_member(id, family_id) ON DELETE CASCADE,
        FOREIGN KEY (network_member_id, family_id) REFERENCES network_member(id, family_id) ON DELETE CASCADE,
        CHECK ((member_id IS NULL) <> (network_member_id IS NULL))
      )`);
    // One waiting invitation per person: a second is refused like a second account.
    await q.query(`CREATE UNIQUE INDEX portal_link_invitation_one_per_member ON portal_link_invitation (member_id) WHERE linked_at IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX portal_link_invitation_one_per_network_member ON portal_link_invitation (network_member_id) WHERE linked_at IS NULL`,
    );
    await q.query(`CREATE INDEX portal_link_invitation_account_idx ON portal_link_invitation (account_id) WHERE linked_at IS NULL`);
    await q.query(`CREATE INDEX portal_link_invitation_family_idx ON portal_link_invitation (family_id) WHERE linked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE portal_link_invitation`);
  }
}
