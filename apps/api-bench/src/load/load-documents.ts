/**
 * The GraphQL documents the load test's people send. The professional's plan
 * page is the benchmark's (PLAN_PAGE); the portal's and the network member's
 * pages are the web client's own queries (apps/web/src/features/family-portal
 * and features/network), written out here because the benchmark may not
 * import the web; keep them alike when those change.
 */
export { PLAN_PAGE } from '@gezinsplan/api/testing/plan-operations';
export { ADD_ITEM, OVERVIEW } from '../run/documents';

const PORTAL_PLAN_ITEM = `id kind category access aboutMemberIds
  author { id type name organisationName } assignee { id type name organisationName }
  createdAt version targetItemId text status statusReason dueOn lifeDomain aspect goalId outcome changes
  planB contactName contactPhone startsOn endsOn safetyForChild safetyForParents safetyForProfessionals
  weekday cancelContact recordedWith occurredOn`;

/** "Ons plan" in the family portal. */
export const PORTAL_FAMILY_PLAN = `query PortalFamilyPlan($familyId: ID!) {
  family(id: $familyId) {
    id name myRelation { type memberId }
    members { id givenName familyName role }
    network { id name relation phone email }
    involvements { id organisationName task professionalName discipline phone email isRegisseur startsOn endsOn endedAt }
    regisseurHistory { involvementId professionalName organisationName startedAt endedAt }
    plan { ${PORTAL_PLAN_ITEM} }
  }
}`;

/** A network member's part of the safety plan. */
export const NETWORK_SAFETY_PLAN = `query NetworkSafetyPlan($familyId: ID!) {
  family(id: $familyId) {
    id name myRelation { type networkMemberId }
    members { id givenName }
    network { id name relation phone email }
    involvements { id organisationName professionalName phone email isRegisseur endedAt }
    plan { ${PORTAL_PLAN_ITEM} }
  }
}`;

/** A family member's comment on a goal or agreement, as the portal sends it. */
export const RESPOND = `mutation PortalRespondToPlanItem($input: RespondToPlanItemInput!) {
  respondToPlanItem(input: $input) { ${PORTAL_PLAN_ITEM} }
}`;
