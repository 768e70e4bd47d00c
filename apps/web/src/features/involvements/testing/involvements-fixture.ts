import { FamilyInvolvementsQuery, LegalBasisFieldsFragment } from '../../../graphql/generated/graphql';
import { involvement, member } from '../../family-plan/testing/plan-item-fixture';

export const ESTHER = member('esther', 'Esther', 'de Graaf', { role: 'PARENT', age: 41, dateOfBirth: '1984-05-02', hasParentalAuthority: true });
export const LISANNE = member('lisanne', 'Lisanne', 'Meijer', { age: 9 });
export const LARS = member('lars', 'Lars', 'Meijer', { age: 15, dateOfBirth: '2010-06-01' });

export const SANNE = involvement({
  id: 'inv-sanne',
  professionalName: 'Sanne Jansen',
  organisationName: 'Wijkteam Utrecht Centrum',
  organisationType: 'NEIGHBOURHOOD_TEAM',
  email: 'sanne.jansen@wijkteam.example',
  task: 'Regie',
  categories: ['GENERAL', 'SAFETY'],
  memberIds: ['esther', 'lisanne', 'lars'],
  isRegisseur: true,
});

export const MARIEKE = involvement({ id: 'inv-marieke', memberIds: ['lisanne'] });

export const KEES = involvement({
  id: 'inv-kees',
  professionalName: 'Kees Dekker',
  organisationName: 'Samen Veilig Midden-Nederland',
  organisationType: 'YOUTH_PROTECTION',
  discipline: 'jeugdbeschermer',
  email: 'kees.dekker@jeugdbescherming.example',
  task: 'Gezinsvoogd: ondertoezichtstelling van Lisanne',
  categories: ['SAFETY', 'GENERAL'],
  memberIds: ['lisanne'],
});

/** Gezin Meijer as the regisseur's page reads it: Sanne is regisseur, Marieke (school) is involved. */
export function meijer(overrides: Partial<FamilyInvolvementsQuery['family']> = {}): FamilyInvolvementsQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-meijer',
    name: 'Gezin Meijer',
    myRelation: { __typename: 'MyRelation', type: 'PROFESSIONAL', involvementId: SANNE.id, isRegisseur: true },
    members: [ESTHER, LISANNE, LARS],
    involvements: [SANNE, MARIEKE],
    consentRequirements: [
      { __typename: 'ConsentRequirement', memberId: 'esther', rule: 'ADULT', requiredConsenterIds: ['esther'] },
      { __typename: 'ConsentRequirement', memberId: 'lisanne', rule: 'UNDER_12', requiredConsenterIds: ['esther'] },
      { __typename: 'ConsentRequirement', memberId: 'lars', rule: 'FROM_12_TO_15', requiredConsenterIds: ['esther', 'lars'] },
    ],
    legalBases: [],
    ...overrides,
  };
}

export function legalBasis(overrides: Partial<LegalBasisFieldsFragment> & Pick<LegalBasisFieldsFragment, 'id'>): LegalBasisFieldsFragment {
  return {
    __typename: 'LegalBasis',
    kind: 'SUPERVISION_ORDER',
    reference: 'C/16/123456',
    recipientInvolvementId: KEES.id,
    subjectMemberIds: ['lisanne'],
    categories: ['SAFETY'],
    purpose: 'De gezinsvoogd weet of de afspraken worden nagekomen.',
    necessaryInformation: 'Alleen of ouders afspraken missen.',
    proportionality: 'Beperkt tot de afspraken.',
    subsidiarity: 'Ouders weigeren toestemming.',
    professionalSecrecy: 'Het belang van Lisanne weegt zwaarder.',
    familyInformedAt: null,
    informingDelayReason: 'Eerst de veiligheid van Lisanne regelen.',
    validUntil: null,
    recordedAt: '2026-03-01T10:00:00.000Z',
    recordedByName: 'Sanne Jansen',
    revokedAt: null,
    ...overrides,
  };
}
