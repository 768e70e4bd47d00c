import { LegalBasisFieldsFragment } from '../../../graphql/generated/graphql';

/**
 * Where a legal basis stands today: revoked, ended with its involvement, past
 * its date, or counting, and then whether the family has been told yet (it
 * must be, as soon as possible).
 */
export type LegalBasisStatus = 'revoked' | 'ended' | 'expired' | 'notInformed' | 'active';

/** `today` is the Dutch calendar day, YYYY-MM-DD. */
export function legalBasisStatus(
  legalBasis: Pick<LegalBasisFieldsFragment, 'revokedAt' | 'validUntil' | 'familyInformedAt'>,
  today: string,
  involvementEnded = false,
): LegalBasisStatus {
  if (legalBasis.revokedAt) return 'revoked';
  // Nothing more is shared once the professional is no longer involved.
  if (involvementEnded) return 'ended';
  if (legalBasis.validUntil && legalBasis.validUntil < today) return 'expired';
  return legalBasis.familyInformedAt ? 'active' : 'notInformed';
}
