import { useMutation } from '@apollo/client/react';
import { FamilyInvolvementsDocument, FamilyPlanDocument, InviteInvolvementDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { INVITE_FIELDS, InviteDraft, InviteField, inviteInputOf } from '../utils/invite-draft';

export type InviteResult = { ok: true; involvementId: string } | { ok: false; problem: FormProblem<InviteField> };

export function useInviteInvolvement(familyId: string) {
  const [mutate, { loading }] = useMutation(InviteInvolvementDocument, {
    // Who is involved shows on the plan and on the regisseur's page; both change.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const invite = async (draft: InviteDraft): Promise<InviteResult> => {
    try {
      const { data } = await mutate({ variables: { input: inviteInputOf(familyId, draft) } });
      return data ? { ok: true, involvementId: data.inviteInvolvement } : { ok: false, problem: { kind: 'unavailable' } };
    } catch (error) {
      return { ok: false, problem: formProblemOf(error, INVITE_FIELDS) };
    }
  };

  return { invite, inviting: loading };
}
