import { useMutation } from '@apollo/client/react';
import { PortalMarkAgreementDoneDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/forms';
import { versionToChange } from '../../../shared/utils/version-to-change';

/** A family member marks their own agreement as done; the answer updates the agreement in place. */
export function useMarkAgreementDone() {
  const [mutate, { loading }] = useMutation(PortalMarkAgreementDoneDocument);

  const markDone = async (agreement: { id: string; version?: number | null }): Promise<CaseFormProblem<never> | null> => {
    try {
      await mutate({ variables: { input: { id: agreement.id, expectedVersion: versionToChange(agreement), status: 'DONE' } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, []);
    }
  };

  return { markDone, saving: loading };
}
