import { PortalPlanItem } from '../utils/plan-items';

let next = 0;

/**
 * A plan item as the API returns it to the family, readable in full, with only
 * what a test cares about overridden. The professionals' fixture builds on it.
 */
export function planItem(overrides: Partial<PortalPlanItem> = {}): PortalPlanItem {
  next += 1;
  return {
    __typename: 'PlanItem',
    id: `item-${next}`,
    kind: 'LOG_ENTRY',
    category: 'GENERAL',
    access: 'FULL',
    aboutMemberIds: [],
    author: { __typename: 'Party', id: 'inv-sanne', type: 'INVOLVEMENT', name: 'Sanne Jansen', organisationName: 'Wijkteam Utrecht Centrum' },
    assignee: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    version: 1,
    targetItemId: null,
    text: 'Iets',
    recordedWith: null,
    status: null,
    statusReason: null,
    dueOn: null,
    lifeDomain: null,
    aspect: null,
    goalId: null,
    outcome: null,
    changes: null,
    familyView: null,
    nextEvaluationOn: null,
    goalOutcomes: [],
    invitedInvolvementIds: [],
    invitedProfessionals: [],
    invitedMemberIds: [],
    invitesYou: false,
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
    ...overrides,
  };
}
