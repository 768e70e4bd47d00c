import { useMutation } from '@apollo/client/react';
import {
  FamilyPlanDocument,
  HandOverRegisseurDocument,
  MyOverviewDocument,
  MyRegisseurHandoverProposalsDocument,
  RegisseurHandoverDocument,
} from '../../../graphql/generated/graphql';
import { apiFieldErrors, caseProblemOf } from '../../../shared/forms';

/** Who takes over, and what they need to know. */
export interface HandoverValues {
  toInvolvementId: string;
  note: string;
}

export type HandoverResult =
  | { ok: true }
  /** The API rejected what was chosen or written: the form marks the fields `error` names. */
  | { ok: false; problem: 'fields'; error: unknown }
  /** No longer the regisseur, a proposal waiting already, or the colleague's involvement ended. */
  | { ok: false; problem: 'refused' | 'unavailable' }
  /** The server was too busy (SERVER_BUSY): nothing was asked; said in the form kit's words. */
  | { ok: false; problem: 'busy' };

export function useHandOverRegisseur() {
  const [mutate, { loading }] = useMutation(HandOverRegisseurDocument, {
    // The waiting proposal shows on the plan and this page; all of them change.
    refetchQueries: [FamilyPlanDocument, MyOverviewDocument, RegisseurHandoverDocument, MyRegisseurHandoverProposalsDocument],
  });

  const handOver = async (familyId: string, handover: HandoverValues): Promise<HandoverResult> => {
    try {
      await mutate({ variables: { input: { familyId, ...handover } } });
      return { ok: true };
    } catch (error) {
      if (apiFieldErrors(error, { ...handover })) return { ok: false, problem: 'fields', error };
      const { kind } = caseProblemOf(error, []);
      return { ok: false, problem: kind === 'unavailable' || kind === 'busy' ? kind : 'refused' };
    }
  };

  return { handOver, handingOver: loading };
}
