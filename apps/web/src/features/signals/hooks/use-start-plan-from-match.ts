import { useMutation } from '@apollo/client/react';
import {
  MyOverviewDocument,
  MySignalsDocument,
  StartPlanFromMatchDocument,
  StartPlanFromMatchInput,
} from '../../../graphql/generated/graphql';

/** Starts a family plan from a match; gives the new family's id, or throws for the form to show. */
export function useStartPlanFromMatch() {
  const [mutate] = useMutation(StartPlanFromMatchDocument, {
    // The new family joins my overview, and my signals now point to its plan.
    refetchQueries: [MySignalsDocument, MyOverviewDocument],
  });

  const start = async (input: StartPlanFromMatchInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('Starting the plan gave no family.');
    return data.startPlanFromMatch.id;
  };

  return { start };
}
