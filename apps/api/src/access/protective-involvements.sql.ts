import { PROTECTIVE_ORGANISATION_TYPES } from '@gezinsplan/domain';

const PROTECTIVE_TYPES = PROTECTIVE_ORGANISATION_TYPES.map((type) => `'${type}'`).join(', ');

/**
 * The facts `ProtectiveInvolvementFact` of the family in `rel.family_id`, as a
 * JSON array: the protective organisations involved, whether each is or was
 * regisseur, and whether the family has been told of a basis for it (a consent
 * naming it, or a legal basis whose telling is recorded). The policy decides
 * what the family sees from these (libs/access-policy, undisclosedInvolvementIds).
 */
export const PROTECTIVE_INVOLVEMENTS_SQL = `
    (SELECT coalesce(json_agg(json_build_object('id', pi.id,
              'hasBeenRegisseur', EXISTS (SELECT 1 FROM regisseur_assignment ra WHERE ra.involvement_id = pi.id),
              'familyToldOfBasis',
                EXISTS (SELECT 1 FROM legal_basis lb WHERE lb.recipient_involvement_id = pi.id AND lb.family_informed_at IS NOT NULL)
                OR EXISTS (SELECT 1 FROM consent pc WHERE pc.family_id = pi.family_id AND pi.id = ANY(pc.recipient_involvement_ids)))), '[]')
       FROM involvement pi JOIN organisation po ON po.id = pi.organisation_id
      WHERE pi.family_id = rel.family_id AND po.type IN (${PROTECTIVE_TYPES})) AS protective_involvements`;
