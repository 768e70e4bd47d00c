import { useMutation } from '@apollo/client/react';
import { FamilyInvolvementsDocument, FamilyPlanDocument, InviteInvolvementDocument } from '../../../graphql/generated/graphql';
import { CheckedInvite, inviteInputOf } from '../utils/invite-form';

/** What the confirmation needs: the new involvement, and whether the family is told of it afterwards. */
export interface Invitation {
  involvementId: string;
  toldAfterwards: boolean;
}

/** Invites a professional; gives the invitation, or throws for the form kit to show. */
export function useInviteInvolvement(familyId: string) {
  const [mutate] = useMutation(InviteInvolvementDocument, {
    // Who is involved shows on the plan and on the regisseur's page; both change.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const invite = async (invite: CheckedInvite): Promise<Invitation> => {
    const { data } = await mutate({ variables: { input: inviteInputOf(familyId, invite) } });
    if (!data) throw new Error('The invitation gave no involvement.');
    return { involvementId: data.inviteInvolvement, toldAfterwards: invite.basis !== null };
  };

  return { invite };
}
