/** GraphQL documents shared by the plan's integration tests. */

export const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) {
  createFamily(input: $input) { id name members { id givenName role age } network { id name } involvements { id isRegisseur } }
}`;

export const INVITE = `mutation ($input: InviteInvolvementInput!) { inviteInvolvement(input: $input) }`;

export const END_INVOLVEMENT = `mutation ($input: EndInvolvementInput!) { endInvolvement(input: $input) }`;

/** Proposes a regisseur: the role moves only when the proposed professional accepts (ACCEPT_HANDOVER). */
export const HAND_OVER = `mutation ($input: HandOverRegisseurInput!) { handOverRegisseur(input: $input) }`;

export const ACCEPT_HANDOVER = `mutation ($id: ID!) { acceptRegisseurHandover(proposalId: $id) }`;

export const DECLINE_HANDOVER = `mutation ($input: DeclineRegisseurHandoverInput!) { declineRegisseurHandover(input: $input) }`;

export const WITHDRAW_HANDOVER = `mutation ($id: ID!) { withdrawRegisseurHandover(proposalId: $id) }`;

export const OPEN_HANDOVER = `query ($id: ID!) {
  family(id: $id) { openRegisseurHandover { id familyId familyName toInvolvementId toProfessionalName proposedByName note proposedAt } }
}`;

export const MY_HANDOVER_PROPOSALS = `{ myRegisseurHandoverProposals { id familyId familyName toProfessionalName proposedByName note } }`;

export const ITEM_FIELDS = `id kind category access version text status dueOn aboutMemberIds targetItemId
  author { type id name organisationName } assignee { type id name }
  redaction { organisationName aboutNames contactName } planB contactName weekday`;

/** The whole plan page, as the benchmark measures it and plan/plan-page.queries.spec.ts counts its statements. */
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

export const ADD_ITEM = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { ${ITEM_FIELDS} } }`;

export const UPDATE_ITEM = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { ${ITEM_FIELDS} } }`;

export const REMOVE_ITEM = `mutation ($input: RemovePlanItemInput!) { removePlanItem(input: $input) }`;

export const SET_STATUS = `mutation ($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { ${ITEM_FIELDS} } }`;

export const RESPOND = `mutation ($input: RespondToPlanItemInput!) { respondToPlanItem(input: $input) { ${ITEM_FIELDS} } }`;

export const WITHHOLD = `mutation ($input: WithholdFromFamilyInput!) { withholdFromFamily(input: $input) { ${ITEM_FIELDS} } }`;

export const ADOPT = `mutation ($familyId: ID!, $note: String) { adoptPlan(familyId: $familyId, note: $note) { id number note } }`;

export const PLAN = `query ($id: ID!) { family(id: $id) { id plan { ${ITEM_FIELDS} } } }`;

export const FAMILY = `query ($id: ID!) {
  family(id: $id) {
    id name myRelation { type isRegisseur involvementId memberId networkMemberId }
    members { id givenName role dateOfBirth age }
    network { id name relation }
    involvements { id professionalName organisationName task isRegisseur endedAt version }
    regisseurHistory { involvementId professionalName startedAt endedAt handoverNote }
  }
}`;

export const ADOPTED = `query ($id: ID!, $number: Int!) {
  family(id: $id) { adoptedVersions { number } adoptedVersion(number: $number) { number items { ${ITEM_FIELDS} } } }
}`;

export interface ItemResult {
  id: string;
  kind: string;
  category: string;
  access: 'FULL' | 'REDACTED';
  version: number;
  text: string | null;
  status: string | null;
  dueOn: string | null;
  aboutMemberIds: string[];
  targetItemId: string | null;
  author: { type: string; id: string; name: string; organisationName: string | null };
  assignee: { type: string; id: string; name: string } | null;
  redaction: { organisationName: string; aboutNames: string[]; contactName: string | null } | null;
}
