import { useMutation } from '@apollo/client/react';
import { PortalRespondToPlanItemDocument } from '../../../graphql/generated/graphql';
import { appendToPlan } from '../../portal-shared/utils/append-to-plan';

/** A comment or the family's own view: what the family adds to a professional's text. */
export type ResponseKind = 'COMMENT' | 'OWN_VIEW';

export function useRespond(familyId: string) {
  const [mutate] = useMutation(PortalRespondToPlanItemDocument, {
    update(cache, { data }) {
      if (data) appendToPlan(cache, familyId, data.respondToPlanItem);
    },
  });

  /** Saves the response; a failure is thrown for the form kit to show. */
  const respond = async (targetItemId: string, kind: ResponseKind, text: string): Promise<void> => {
    await mutate({ variables: { input: { targetItemId, kind, text } } });
  };

  return { respond };
}
