import { AccountKind } from '@gezinsplan/domain';
import { EntityManager } from 'typeorm';
import { hashToken } from '../auth/session-token';
import { portalInvitationNotLinkable } from './account.exception';

/** How long the holder of an address with an account may take to accept, as long as an activation link lives. */
export const PORTAL_LINK_LIFETIME_DAYS = 7;

/**
 * Accepts a portal invitation to an address that already had an account, at
 * sign-in with the link from the invitation mail (the token proves the mail
 * reached the holder, the password that it is them), in one transaction.
 *
 * - A link that is not this account's open invitation (unknown, replaced,
 *   expired, used, someone else's) does nothing: the sign-in goes on as usual.
 * - This account's open invitation that cannot be linked (an account of
 *   another kind, one linked to someone else in that family, or a person who
 *   has an account by now) refuses the sign-in with
 *   PORTAL_INVITATION_NOT_LINKABLE and leaves the invitation open: marking it
 *   used would link nothing and leave the person invited by nobody
 *   (outsider attack, session h-sec).
 * - Otherwise the person is linked and the invitation marked used.
 */
export async function acceptPortalInvitation(manager: EntityManager, accountId: string, token: string): Promise<void> {
  await manager.transaction(async (tx) => {
    const [invitation] = await tx.query<
      Array<{ id: string; family_id: string; member_id: string | null; network_member_id: string | null; account_kind: string }>
    >(
      `SELECT i.id, i.family_id, i.member_id, i.network_member_id, a.kind AS account_kind
         FROM portal_link_invitation i JOIN account a ON a.id = i.account_id
        WHERE i.token_hash = $2 AND i.account_id = $1 AND i.linked_at IS NULL AND i.expires_at > now()
        FOR UPDATE OF i`,
      [accountId, hashToken(token)],
    );
    if (!invitation) return;
    const kind = invitation.member_id ? AccountKind.FamilyMember : AccountKind.NetworkMember;
    if (invitation.account_kind !== kind) throw portalInvitationNotLinkable();
    const table = invitation.member_id ? 'family_member' : 'network_member';
    const [, linked] = await tx.query<[unknown, number]>(
      `UPDATE ${table} p SET account_id = $1
        WHERE p.id = $2 AND p.family_id = $3 AND p.account_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.family_id = $3 AND o.account_id = $1)`,
      [accountId, invitation.member_id ?? invitation.network_member_id, invitation.family_id],
    );
    if (linked === 0) throw portalInvitationNotLinkable();
    await tx.query(`UPDATE portal_link_invitation SET linked_at = now() WHERE id = $1`, [invitation.id]);
  });
}
