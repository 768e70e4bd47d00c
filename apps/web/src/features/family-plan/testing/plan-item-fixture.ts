import { FamilyMemberFieldsFragment, InvolvementFieldsFragment, PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { planItem as portalPlanItem } from '../../portal-shared/testing/plan-item-fixture';

/** A plan item as the API sends it to a professional, readable in full, with only what a test cares about overridden. */
export function planItem(overrides: Partial<PlanItemFieldsFragment> & Pick<PlanItemFieldsFragment, 'id'>): PlanItemFieldsFragment {
  const item = portalPlanItem(overrides);
  return {
    updatedAt: item.createdAt,
    redaction: null,
    withheldFromFamilyReason: null,
    changedByOther: false,
    lastChangedBy: null,
    ...item,
    ...overrides,
  };
}

/** Only existence, holder and contact: what a professional sees of information outside their task. */
export function redactedItem(
  id: string,
  kind: PlanItemFieldsFragment['kind'],
  organisationName: string,
  aboutNames: string[],
): PlanItemFieldsFragment {
  return planItem({
    id,
    kind,
    access: 'REDACTED',
    text: null,
    category: 'MENTAL_HEALTH',
    author: { __typename: 'Party', type: 'INVOLVEMENT', id: `inv-${organisationName}`, name: 'Iemand', organisationName },
    redaction: {
      __typename: 'Redaction',
      organisationName,
      aboutNames,
      contactName: 'Sanne Jansen',
      contactPhone: null,
      contactEmail: 'sanne.jansen@wijkteam.example',
    },
  });
}

export function member(id: string, givenName: string, familyName: string, extra: Partial<FamilyMemberFieldsFragment> = {}): FamilyMemberFieldsFragment {
  return {
    __typename: 'FamilyMember',
    id,
    givenName,
    familyName,
    role: 'CHILD',
    age: 9,
    dateOfBirth: '2017-01-01',
    hasParentalAuthority: false,
    livesAtHome: true,
    ...extra,
  };
}

export function involvement(overrides: Partial<InvolvementFieldsFragment> & Pick<InvolvementFieldsFragment, 'id'>): InvolvementFieldsFragment {
  return {
    __typename: 'Involvement',
    professionalName: 'Marieke de Vries',
    organisationId: 'regenboog',
    organisationName: 'Basisschool De Regenboog',
    organisationType: 'SCHOOL',
    discipline: 'intern begeleider',
    task: 'School: hoe het met Lisanne gaat',
    email: 'marieke.devries@regenboog.example',
    phone: null,
    categories: ['SCHOOL', 'GENERAL'],
    memberIds: ['lisanne'],
    startsOn: '2026-01-01',
    endsOn: null,
    endedAt: null,
    endedReason: null,
    isRegisseur: false,
    version: 1,
    ...overrides,
  };
}
