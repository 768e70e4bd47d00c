import { useMutation } from '@apollo/client/react';
import { ResendPortalInvitationDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/forms';
import { PortalInvitee } from '../utils/portal-invitation';

/** A fresh link for someone invited who has not chosen a password yet; the earlier links stop working. */
export function useResendPortalInvitation(familyId: string) {
  const [mutate, { loading }] = useMutation(ResendPortalInvitationDocument);

  const resend = async (invitee: PortalInvitee): Promise<FormProblem<'memberId' | 'networkMemberId'> | null> => {
    try {
      await mutate({
        variables: {
          input: { familyId, ...(invitee.kind === 'member' ? { memberId: invitee.id } : { networkMemberId: invitee.id }) },
        },
      });
      return null;
    } catch (error) {
      return formProblemOf(error, ['memberId', 'networkMemberId']);
    }
  };

  return { resend, sending: loading };
}
