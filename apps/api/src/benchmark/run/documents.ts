import { ITEM_FIELDS } from '../../testing/plan-operations';

/** The plan page as plan/plan-page.queries.spec.ts asks for it: the family, its people and the whole plan. */
export const PLAN_PAGE = `query PlanPage($id: ID!) {
  family(id: $id) {
    id name lastPlanChangeAt
    myRelation { type isRegisseur }
    members { id givenName familyName role age }
    network { id name relation }
    involvements { id professionalName organisationName task isRegisseur }
    regisseurHistory { professionalName startedAt endedAt }
    plan { ${ITEM_FIELDS} }
    adoptedVersions { number adoptedAt }
  }
}`;

const OVERVIEW_ITEM = 'familyId familyName itemId kind text dueOn status statusReason assigneeName';
const OVERVIEW_INVOLVEMENT = 'familyId familyName involvementId task isRegisseur lastPlanChangeAt stalled';

export const OVERVIEW = `query Overview {
  myOverview {
    involvements { ${OVERVIEW_INVOLVEMENT} }
    agreementsNeedingAttention { ${OVERVIEW_ITEM} }
    evaluationsDue { ${OVERVIEW_ITEM} }
    stalledPlans { ${OVERVIEW_INVOLVEMENT} }
    myOpenAgreements { ${OVERVIEW_ITEM} }
  }
}`;

export const ADD_ITEM = `mutation AddItem($input: AddPlanItemInput!) { addPlanItem(input: $input) { ${ITEM_FIELDS} } }`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;
