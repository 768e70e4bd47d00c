import { useApolloClient, useMutation } from '@apollo/client/react';
import { CreateFamilyDocument, PeopleInActivePlansDocument } from '../../../graphql/generated/graphql';
import { ExistingPlanFlag, flagsFromRefusal, flagsOf } from '../utils/existing-plans';
import { CheckedNewPlan, peopleToCheckOf } from '../utils/new-plan';

/** Members already in a family with an active plan, by key: nothing was created. Empty when the API did not say whom. */
export class ExistingPlansFound extends Error {
  constructor(readonly flags: Record<string, ExistingPlanFlag>) {
    super('Members already have an active plan');
  }
}

/**
 * Starts a family's plan, after asking whether any member is already in a
 * family with an active plan: then nothing is created and `ExistingPlansFound`
 * is thrown, for the form to show whom to ask instead. The API refuses a BSN
 * match itself too (PERSON_HAS_PLAN), for a plan started by someone else in the
 * meantime. Any other refusal is thrown as it came.
 */
export function useCreateFamily() {
  const client = useApolloClient();
  // The new plan opens next and reads itself; the overview does the same when the professional returns to it.
  const [mutate] = useMutation(CreateFamilyDocument);

  /** `keys`: the members' keys in the form, in order. Resolves to the new family's id. */
  const create = async (plan: CheckedNewPlan, keys: readonly string[]): Promise<string> => {
    // Never from the cache: a plan may have started a minute ago.
    const { data: found } = await client.query({
      query: PeopleInActivePlansDocument,
      variables: { people: peopleToCheckOf(plan) },
      fetchPolicy: 'network-only',
    });
    if (!found) throw new Error('No answer to peopleInActivePlans');
    const people = plan.members.map((member, index) => ({ key: keys[index], differentPersonConfirmed: member.differentPersonConfirmed }));
    const flags = flagsOf(people, found.peopleInActivePlans);
    if (Object.keys(flags).length > 0) throw new ExistingPlansFound(flags);
    try {
      const { data } = await mutate({ variables: { input: plan } });
      if (!data) throw new Error('No answer to createFamily');
      return data.createFamily.id;
    } catch (error) {
      // Also when the database refused without naming anyone: the form still says why nothing started.
      const refused = flagsFromRefusal(error, keys);
      throw refused ? new ExistingPlansFound(refused) : error;
    }
  };

  return { create };
}
