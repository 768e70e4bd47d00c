import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode, FieldProblem } from '@gezinsplan/domain';
import { useState } from 'react';
import { CreateFamilyDocument, PeopleInActivePlansDocument } from '../../../graphql/generated/graphql';
import { readApiError } from '../../../graphql/api-error';
import { ExistingPlanFlag, flagsFromRefusal, flagsOf } from '../utils/existing-plans';
import { createFamilyInputOf, NewPlanDraft, peopleToCheckOf } from '../utils/new-plan-draft';

export type CreateFamilyOutcome =
  | { familyId: string }
  /** Members already in a family with an active plan, by key: nothing was created. */
  | { flags: Record<string, ExistingPlanFlag> }
  /** Fields the API rejected, named by their place in the lists: the form marks them. */
  | { fields: readonly FieldProblem[] }
  | { failure: 'notAllowed' | 'unavailable' };

function failureOf(error: unknown): CreateFamilyOutcome {
  const apiError = readApiError(error);
  if (apiError?.code === ErrorCode.BadUserInput) return { fields: apiError.fields };
  return { failure: apiError?.code === ErrorCode.Forbidden ? 'notAllowed' : 'unavailable' };
}

/**
 * Starts a family's plan, after asking whether any member is already in a
 * family with an active plan: then nothing is created and the form shows whom
 * to ask instead. The API refuses a BSN match itself too (PERSON_HAS_PLAN),
 * for a plan started by someone else in the meantime.
 */
export function useCreateFamily() {
  const client = useApolloClient();
  // The new plan opens next and reads itself; the overview does the same when the professional returns to it.
  const [mutate, { loading }] = useMutation(CreateFamilyDocument);
  const [checking, setChecking] = useState(false);

  const create = async (draft: NewPlanDraft): Promise<CreateFamilyOutcome> => {
    setChecking(true);
    try {
      // Never from the cache: a plan may have started a minute ago.
      const { data } = await client.query({
        query: PeopleInActivePlansDocument,
        variables: { people: peopleToCheckOf(draft) },
        fetchPolicy: 'network-only',
      });
      if (!data) return { failure: 'unavailable' };
      const flags = flagsOf(draft.members, data.peopleInActivePlans);
      if (Object.keys(flags).length > 0) return { flags };
    } catch (error) {
      return failureOf(error);
    } finally {
      setChecking(false);
    }
    try {
      const { data } = await mutate({ variables: { input: createFamilyInputOf(draft) } });
      return data ? { familyId: data.createFamily.id } : { failure: 'unavailable' };
    } catch (error) {
      const flags = flagsFromRefusal(error, draft.members.map((member) => member.key));
      // Also when the database refused without naming anyone: the form still says why nothing started.
      if (flags) return { flags };
      return failureOf(error);
    }
  };

  return { create, creating: loading || checking };
}
