import { useMutation } from '@apollo/client/react';
import { MySignalsDocument, WithdrawSignalDocument } from '../../../graphql/generated/graphql';
import { signalProblemOf } from '../utils/signal-problem';

export function useWithdrawSignal() {
  const [mutate, { loading }] = useMutation(WithdrawSignalDocument, {
    refetchQueries: [MySignalsDocument],
    awaitRefetchQueries: true,
  });

  /** Resolves to null when the signal has ended, or to why it could not. */
  const withdraw = async (signalId: string): Promise<'refused' | 'unavailable' | null> => {
    try {
      await mutate({ variables: { input: { signalId } } });
      return null;
    } catch (error) {
      return signalProblemOf(error).kind === 'unavailable' ? 'unavailable' : 'refused';
    }
  };

  return { withdraw, withdrawing: loading };
}
