import { useMutation } from '@apollo/client/react';
import { AdoptedVersionsDocument, AdoptPlanDocument } from '../../../graphql/generated/graphql';

export function useAdoptPlan(familyId: string) {
  const [mutate] = useMutation(AdoptPlanDocument, {
    refetchQueries: [{ query: AdoptedVersionsDocument, variables: { familyId } }],
    awaitRefetchQueries: true,
  });

  /** Resolves to the new version's number; a failure is thrown for the form kit to show. */
  const adopt = async (note: string | undefined): Promise<number> => {
    const { data } = await mutate({ variables: { familyId, note: note ?? null } });
    return data?.adoptPlan.number ?? 0;
  };

  return { adopt };
}
