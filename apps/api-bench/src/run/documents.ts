import { ITEM_FIELDS } from '@gezinsplan/api/testing/plan-operations';

export { PLAN_PAGE } from '@gezinsplan/api/testing/plan-operations';

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
