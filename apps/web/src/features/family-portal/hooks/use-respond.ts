import { useMutation } from '@apollo/client/react';
import { PortalRespondToPlanItemDocument } from '../../../graphql/generated/graphql';
import { appendToPlan } from '../../portal-shared/utils/append-to-plan';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';

export const RESPONSE_FIELDS = ['text'] as const;

export type ResponseField = (typeof RESPONSE_FIELDS)[number];

/** A comment or the family's own view: what the family adds to a professional's text. */
export type ResponseKind = 'COMMENT' | 'OWN_VIEW';

export function useRespond(familyId: string) {
  const [mutate, { loading }] = useMutation(PortalRespondToPlanItemDocument, {
    update(cache, { data }) {
      if (data) appendToPlan(cache, familyId, data.respondToPlanItem);
    },
  });

  /** Resolves to null when it was saved, or to what the form should show. */
  const respond = async (
    targetItemId: string,
    kind: ResponseKind,
    text: string,
  ): Promise<CaseFormProblem<ResponseField> | null> => {
    try {
      await mutate({ variables: { input: { targetItemId, kind, text: text.trim() } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, RESPONSE_FIELDS);
    }
  };

  return { respond, saving: loading };
}
