import { useMutation } from '@apollo/client/react';
import {
  MyOverviewDocument,
  MySignalsDocument,
  StartPlanFromMatchDocument,
  StartPlanFromMatchInput,
} from '../../../graphql/generated/graphql';
import { SignalProblem, signalProblemOf } from '../utils/signal-problem';

export type StartPlanOutcome = { familyId: string } | { problem: SignalProblem };

export function useStartPlanFromMatch() {
  const [mutate, { loading }] = useMutation(StartPlanFromMatchDocument, {
    // The new family joins my overview, and my signals now point to its plan.
    refetchQueries: [MySignalsDocument, MyOverviewDocument],
  });

  const start = async (input: StartPlanFromMatchInput): Promise<StartPlanOutcome> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return data ? { familyId: data.startPlanFromMatch.id } : { problem: { kind: 'unavailable' } };
    } catch (error) {
      return { problem: signalProblemOf(error) };
    }
  };

  return { start, starting: loading };
}
