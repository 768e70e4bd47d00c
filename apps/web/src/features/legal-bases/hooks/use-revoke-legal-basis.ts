import { useMutation } from '@apollo/client/react';
import { FamilyPlanDocument, RevokeLegalBasisDocument } from '../../../graphql/generated/graphql';

export function useRevokeLegalBasis() {
  const [mutate, { loading }] = useMutation(RevokeLegalBasisDocument, {
    // The access it gave ends at once.
    refetchQueries: [FamilyPlanDocument],
  });

  /** Resolves to false when it did not work. */
  const revoke = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { id } });
      return true;
    } catch {
      return false;
    }
  };

  return { revoke, revoking: loading };
}
