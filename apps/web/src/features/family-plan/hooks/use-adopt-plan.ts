import { useMutation } from '@apollo/client/react';
import { AdoptedVersionsDocument, AdoptPlanDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';

export function useAdoptPlan(familyId: string) {
  const [mutate, { loading }] = useMutation(AdoptPlanDocument, {
    refetchQueries: [{ query: AdoptedVersionsDocument, variables: { familyId } }],
    awaitRefetchQueries: true,
  });

  /** Resolves to the new version's number, or to what the form should show. */
  const adopt = async (note: string): Promise<{ number: number } | { problem: CaseFormProblem<'note'> }> => {
    try {
      const { data } = await mutate({ variables: { familyId, note: note.trim() || null } });
      return { number: data?.adoptPlan.number ?? 0 };
    } catch (error) {
      return { problem: caseProblemOf(error, ['note'] as const) };
    }
  };

  return { adopt, adopting: loading };
}
