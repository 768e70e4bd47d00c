import { AccountKind } from '@gezinsplan/domain';
import { EntityManager } from 'typeorm';
import { hashToken } from '../auth/session-token';

/** How long the holder of an address with an account may take to accept, as long as an activation link lives. */
export const PORTAL_LINK_LIFETIME_DAYS = 7;

/**
 * Accepts a portal invitation to an address that already had an account, at
 * sign-in with the link from the invitation mail (the token proves the mail
 * reached the holder, the password that it is them). The person is linked
 * only if the invitation is theirs, still open, for their kind of account,
 * and they are not in that family already; otherwise nothing happens and the
 * sign-in goes on as usual.
 */
export async function acceptPortalInvitation(manager: EntityManager, accountId: string, token: string): Promise<void> {
  await manager.query(
    `WITH invitation AS (
       UPDATE portal_link_invitation i SET linked_at = now()
         FROM account a
        WHERE i.token_hash = $2 AND i.account_id = $1 AND a.id = i.account_id
          AND i.linked_at IS NULL AND i.expires_at > now()
          AND a.kind = CASE WHEN i.member_id IS NULL THEN $3 ELSE $4 END
        RETURNING i.family_id, i.member_id, i.network_member_id),
     member AS (
       UPDATE family_member m SET account_id = $1 FROM invitation i
        WHERE m.id = i.member_id AND m.account_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM family_member o WHERE o.family_id = i.family_id AND o.account_id = $1)
        RETURNING m.id)
     UPDATE network_member n SET account_id = $1 FROM invitation i
      WHERE n.id = i.network_member_id AND n.account_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM network_member o WHERE o.family_id = i.family_id AND o.account_id = $1)`,
    [accountId, hashToken(token), AccountKind.NetworkMember, AccountKind.FamilyMember],
  );
}
