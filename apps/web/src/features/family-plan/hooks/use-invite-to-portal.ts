import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';
import { InviteToPortalDocument } from '../../../graphql/generated/graphql';
import { PortalInvitee } from '../utils/portal-invitation';

/**
 * Why no invitation went out, where the form says more than a failed save:
 * the person has a portal account by now, is no longer in the family, is a
 * child under 12. Whether another account uses the address the API never says. Null for anything else.
 */
export type InvitationRefusal = 'hasAccount' | 'notInFamily' | 'tooYoung';

export function invitationRefusalOf(error: unknown, invitee: PortalInvitee): InvitationRefusal | null {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.PortalAccountExists:
      return 'hasAccount';
    case ErrorCode.BadUserInput: {
      const fields = apiError.fields.map((problem) => problem.field.replace(/^input\./, ''));
      // A rejected address is the form's own field.
      if (fields.includes('email')) return null;
      // Of a family member, the API refuses only a child under 12; a network member it does not know any more.
      return invitee.kind === 'member' && invitee.isChild && fields.includes('memberId') ? 'tooYoung' : 'notInFamily';
    }
    default:
      return null;
  }
}

/** The regisseur gives a family or network member access to the portal; they receive an e-mail with a link. */
export function useInviteToPortal(familyId: string) {
  const [mutate] = useMutation(InviteToPortalDocument);

  /** Resolves to the address the invitation went to; a refusal is thrown, for the form to show. */
  const invite = async (invitee: PortalInvitee, email: string): Promise<string> => {
    await mutate({
      variables: {
        input: { familyId, email, ...(invitee.kind === 'member' ? { memberId: invitee.id } : { networkMemberId: invitee.id }) },
      },
    });
    return email;
  };

  return { invite };
}
