import { useMutation } from '@apollo/client/react';
import { ErrorCode, FieldProblem } from '@gezinsplan/domain';
import { CreateFamilyDocument } from '../../../graphql/generated/graphql';
import { readApiError } from '../../../graphql/api-error';
import { createFamilyInputOf, NewPlanDraft } from '../utils/new-plan-draft';

export type CreateFamilyOutcome =
  | { familyId: string }
  /** Fields the API rejected, named by their place in the lists: the form marks them. */
  | { fields: readonly FieldProblem[] }
  | { failure: 'notAllowed' | 'unavailable' };

export function useCreateFamily() {
  // The new plan opens next and reads itself; the overview does the same when the professional returns to it.
  const [mutate, { loading }] = useMutation(CreateFamilyDocument);

  const create = async (draft: NewPlanDraft): Promise<CreateFamilyOutcome> => {
    try {
      const { data } = await mutate({ variables: { input: createFamilyInputOf(draft) } });
      return data ? { familyId: data.createFamily.id } : { failure: 'unavailable' };
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError?.code === ErrorCode.BadUserInput) return { fields: apiError.fields };
      return { failure: apiError?.code === ErrorCode.Forbidden ? 'notAllowed' : 'unavailable' };
    }
  };

  return { create, creating: loading };
}
