import { CLOSING_REASONS, FAMILY_ROLES, INFORMATION_CATEGORIES, LIFE_DOMAINS, PLAN_ITEM_KINDS } from '@gezinsplan/domain';
import { GOAL_RESULTS } from '../../plan/plan-item-content';
import { registerDomainEnum } from './register-enum';

export const FamilyRoleEnum = registerDomainEnum('FamilyRole', FAMILY_ROLES);
export const InformationCategoryEnum = registerDomainEnum('InformationCategory', INFORMATION_CATEGORIES);
export const LifeDomainEnum = registerDomainEnum('LifeDomain', LIFE_DOMAINS);
export const PlanItemKindEnum = registerDomainEnum('PlanItemKind', PLAN_ITEM_KINDS);
export const ReadAccessEnum = registerDomainEnum('ReadAccess', ['FULL', 'REDACTED'] as const);
export const SituationAspectEnum = registerDomainEnum('SituationAspect', ['STRENGTH', 'CONCERN'] as const);
export const PartyTypeEnum = registerDomainEnum('PartyType', ['INVOLVEMENT', 'FAMILY_MEMBER', 'NETWORK_MEMBER'] as const);
export const ClosingReasonEnum = registerDomainEnum('ClosingReason', CLOSING_REASONS);
export const PlanClosureActionEnum = registerDomainEnum('PlanClosureAction', ['CLOSED', 'REOPENED'] as const);
export const GoalResultEnum = registerDomainEnum('GoalResult', GOAL_RESULTS);
