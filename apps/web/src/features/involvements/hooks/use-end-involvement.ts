import { useMutation } from '@apollo/client/react';
import { EndInvolvementDocument, FamilyInvolvementsDocument, FamilyPlanDocument } from '../../../graphql/generated/graphql';
import { apiFieldErrors, caseProblemOf } from '../../../shared/forms';
import { stalenessOf } from '../utils/involvement-conflict';

/** What ends an involvement: the reason everyone reads, and the day access ends (today: at once). */
export interface EndingValues {
  reason: string;
  endsOn: string;
}

export type EndResult =
  | { ok: true }
  /** Changed (or ended) by someone else meanwhile: `version` is theirs, to end it anyway. */
  | { ok: false; problem: 'stale'; version: number }
  /** The regisseur's own involvement ends only after a handover. */
  | { ok: false; problem: 'regisseur' }
  /** The API rejected what was typed: the form marks the fields `error` names. */
  | { ok: false; problem: 'fields'; error: unknown }
  | { ok: false; problem: 'notFound' | 'unavailable' | 'busy' };

export function useEndInvolvement() {
  const [mutate, { loading }] = useMutation(EndInvolvementDocument, {
    // Access ends at once: the plan and this page both show it.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const end = async (involvementId: string, expectedVersion: number, ending: EndingValues): Promise<EndResult> => {
    try {
      await mutate({ variables: { input: { involvementId, expectedVersion, ...ending } } });
      return { ok: true };
    } catch (error) {
      const staleness = stalenessOf(error);
      if (staleness) return { ok: false, ...staleness };
      if (apiFieldErrors(error, { ...ending })) return { ok: false, problem: 'fields', error };
      const { kind } = caseProblemOf(error, []);
      return { ok: false, problem: kind === 'unavailable' || kind === 'busy' ? kind : 'notFound' };
    }
  };

  return { end, ending: loading };
}
