import { useMutation } from '@apollo/client/react';
import {
  MyNotificationsDocument,
  MySignalsDocument,
  RegisterSignalDocument,
  RegisterSignalInput,
  SignalMatchFieldsFragment,
} from '../../../graphql/generated/graphql';

/** Registers a signal; gives the match, or throws for the form to show. */
export function useRegisterSignal() {
  const [mutate] = useMutation(RegisterSignalDocument, {
    // A new signal joins my list, and a match brings a notification.
    refetchQueries: [MySignalsDocument, MyNotificationsDocument],
  });

  const register = async (input: RegisterSignalInput): Promise<SignalMatchFieldsFragment> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('Registering the signal gave no match.');
    return data.registerSignal;
  };

  return { register };
}
