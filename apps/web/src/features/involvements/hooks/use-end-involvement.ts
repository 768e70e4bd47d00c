import { useMutation } from '@apollo/client/react';
import { EndInvolvementDocument, FamilyInvolvementsDocument, FamilyPlanDocument } from '../../../graphql/generated/graphql';
import { caseProblemOf } from '../../../shared/components/form-problem';
import { stalenessOf } from '../utils/involvement-conflict';

export type EndResult =
  | { ok: true }
  /** Changed (or ended) by someone else meanwhile: `version` is theirs, to end it anyway. */
  | { ok: false; problem: 'stale'; version: number }
  /** The regisseur's own involvement ends only after a handover. */
  | { ok: false; problem: 'regisseur' }
  | { ok: false; problem: 'fields' | 'notFound' | 'unavailable' };

export function useEndInvolvement() {
  const [mutate, { loading }] = useMutation(EndInvolvementDocument, {
    // Access ends at once: the plan and this page both show it.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  /** `endsOn`: the day access ends (today: at once). */
  const end = async (involvementId: string, expectedVersion: number, reason: string, endsOn: string): Promise<EndResult> => {
    try {
      await mutate({ variables: { input: { involvementId, expectedVersion, reason: reason.trim(), endsOn } } });
      return { ok: true };
    } catch (error) {
      const staleness = stalenessOf(error);
      if (staleness) return { ok: false, ...staleness };
      const problem = caseProblemOf(error, ['reason', 'endsOn']);
      if (problem.kind === 'fields') return { ok: false, problem: 'fields' };
      return { ok: false, problem: problem.kind === 'unavailable' ? 'unavailable' : 'notFound' };
    }
  };

  return { end, ending: loading };
}
