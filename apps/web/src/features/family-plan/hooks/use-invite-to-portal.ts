import { useMutation } from '@apollo/client/react';
import { InviteToPortalDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { PortalInvitee } from '../utils/portal-invitation';

/** The e-mail address, and the person, which the API rejects when they cannot have a portal account. */
export type InvitationField = 'email' | 'memberId' | 'networkMemberId';

/** The regisseur gives a family or network member a portal account; they receive an e-mail to choose a password. */
export function useInviteToPortal(familyId: string) {
  const [mutate, { loading }] = useMutation(InviteToPortalDocument);

  const invite = async (invitee: PortalInvitee, email: string): Promise<FormProblem<InvitationField> | null> => {
    try {
      await mutate({
        variables: {
          input: {
            familyId,
            email: email.trim(),
            // Only the one that applies: the API counts a null as named, and then refuses both.
            ...(invitee.kind === 'member' ? { memberId: invitee.id } : { networkMemberId: invitee.id }),
          },
        },
      });
      return null;
    } catch (error) {
      return formProblemOf<InvitationField>(error, ['email', 'memberId', 'networkMemberId']);
    }
  };

  return { invite, inviting: loading };
}
