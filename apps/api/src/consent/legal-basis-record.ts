import { EntityManager } from 'typeorm';
import { query, returning } from '../database/typed-sql';
import { LegalBasisStepsInput } from './legal-basis.input';

const LEGAL_BASIS_ID = returning('legal_basis', ['id']);

/** A legal basis as it is stored: the documented steps, whom it admits, and when or why later the family is told. */
export interface NewLegalBasis extends LegalBasisStepsInput {
  familyId: string;
  recipientInvolvementId: string;
  subjectMemberIds: readonly string[];
  categories: readonly string[];
  familyInformedAt: string | null;
  informingDelayReason: string | null;
}

/**
 * Writes one legal basis inside the caller's transaction: recording it on its
 * own, or with the invitation it admits (told afterwards, without a moment in
 * between in which the family sees the involvement).
 */
export async function insertLegalBasis(manager: EntityManager, basis: NewLegalBasis, recordedByAccountId: string): Promise<string> {
  const [row] = await query(
    manager,
    LEGAL_BASIS_ID,
    `INSERT INTO legal_basis (family_id, kind, reference, recipient_involvement_id, subject_member_ids, categories,
       purpose, necessary_information, proportionality, subsidiarity, professional_secrecy, family_informed_at,
       informing_delay_reason, valid_until, recorded_by_account_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING ${LEGAL_BASIS_ID.sql}`,
    [basis.familyId, basis.kind, basis.reference ?? null, basis.recipientInvolvementId, basis.subjectMemberIds,
      basis.categories, basis.purpose.trim(), basis.necessaryInformation.trim(), basis.proportionality.trim(),
      basis.subsidiarity.trim(), basis.professionalSecrecy.trim(), basis.familyInformedAt,
      basis.informingDelayReason?.trim() ?? null, basis.validUntil ?? null, recordedByAccountId],
  );
  return row.id;
}
