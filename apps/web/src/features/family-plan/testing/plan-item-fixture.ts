import { FamilyMemberFieldsFragment, InvolvementFieldsFragment, PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

/** A plan item as the API sends it, readable in full, with only what a test cares about overridden. */
export function planItem(overrides: Partial<PlanItemFieldsFragment> & Pick<PlanItemFieldsFragment, 'id'>): PlanItemFieldsFragment {
  return {
    __typename: 'PlanItem',
    kind: 'LOG_ENTRY',
    category: 'GENERAL',
    access: 'FULL',
    aboutMemberIds: [],
    version: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    author: { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-sanne', name: 'Sanne Jansen', organisationName: 'Wijkteam Utrecht Centrum' },
    assignee: null,
    redaction: null,
    targetItemId: null,
    text: 'Iets',
    status: null,
    statusReason: null,
    dueOn: null,
    lifeDomain: null,
    aspect: null,
    goalId: null,
    outcome: null,
    changes: null,
    planB: null,
    contactName: null,
    contactPhone: null,
    startsOn: null,
    endsOn: null,
    safetyForChild: null,
    safetyForParents: null,
    safetyForProfessionals: null,
    weekday: null,
    cancelContact: null,
    occurredOn: null,
    withheldFromFamilyReason: null,
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
