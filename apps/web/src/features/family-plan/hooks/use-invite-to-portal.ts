import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';
import { InviteToPortalDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';
import { PortalInvitee } from '../utils/portal-invitation';

/** The e-mail address, and the person, which the API rejects when they cannot have a portal account. */
export type InvitationField = 'email' | 'memberId' | 'networkMemberId';

/**
 * Why no invitation went out. The API tells apart a person who has a portal
 * account already (`hasAccount`) and an address another account uses (`emailTaken`).
 */
export type InvitationProblem = CaseFormProblem<InvitationField> | { kind: 'hasAccount' } | { kind: 'emailTaken' };

/** The regisseur gives a family or network member a portal account; they receive an e-mail to choose a password. */
export function useInviteToPortal(familyId: string) {
  const [mutate, { loading }] = useMutation(InviteToPortalDocument);

  const invite = async (invitee: PortalInvitee, email: string): Promise<InvitationProblem | null> => {
    try {
      await mutate({
        variables: {
          input: {
            familyId,
            email: email.trim(),
            ...(invitee.kind === 'member' ? { memberId: invitee.id } : { networkMemberId: invitee.id }),
          },
        },
      });
      return null;
    } catch (error) {
      switch (readApiError(error)?.code) {
        case ErrorCode.PortalAccountExists:
          return { kind: 'hasAccount' };
        case ErrorCode.EmailAddressTaken:
          return { kind: 'emailTaken' };
        default:
          return caseProblemOf<InvitationField>(error, ['email', 'memberId', 'networkMemberId']);
      }
    }
  };

  return { invite, inviting: loading };
}
