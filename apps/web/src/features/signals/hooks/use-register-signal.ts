import { useMutation } from '@apollo/client/react';
import {
  MyNotificationsDocument,
  MySignalsDocument,
  RegisterSignalDocument,
  RegisterSignalInput,
  SignalMatchFieldsFragment,
} from '../../../graphql/generated/graphql';
import { SignalProblem, signalProblemOf } from '../utils/signal-problem';

export type RegisterOutcome = { match: SignalMatchFieldsFragment } | { problem: SignalProblem };

export function useRegisterSignal() {
  const [mutate, { loading }] = useMutation(RegisterSignalDocument, {
    // A new signal joins my list, and a match brings a notification.
    refetchQueries: [MySignalsDocument, MyNotificationsDocument],
  });

  const register = async (input: RegisterSignalInput): Promise<RegisterOutcome> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return data ? { match: data.registerSignal } : { problem: { kind: 'unavailable' } };
    } catch (error) {
      return { problem: signalProblemOf(error) };
    }
  };

  return { register, registering: loading };
}
