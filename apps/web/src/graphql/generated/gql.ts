/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ActivateAccount($input: ActivateAccountInput!) {\n  activateAccount(input: $input) {\n    ...CurrentViewer\n  }\n}": typeof types.ActivateAccountDocument,
    "mutation CreateAccount($input: CreateAccountInput!) {\n  createAccount(input: $input) {\n    ...ManagedAccountFields\n  }\n}": typeof types.CreateAccountDocument,
    "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    id\n    name\n    type\n  }\n}": typeof types.CreateOrganisationDocument,
    "fragment ManagedAccountFields on ManagedAccount {\n  id\n  displayName\n  email\n  kind\n  discipline\n  activated\n  disabledAt\n  organisationId\n}": typeof types.ManagedAccountFieldsFragmentDoc,
    "query OrganisationAccounts($organisationId: ID) {\n  organisationAccounts(organisationId: $organisationId) {\n    ...ManagedAccountFields\n  }\n}": typeof types.OrganisationAccountsDocument,
    "query Organisations {\n  organisations {\n    id\n    name\n    type\n  }\n}": typeof types.OrganisationsDocument,
    "mutation ResendActivationLink($input: ResendActivationLinkInput!) {\n  resendActivationLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}": typeof types.ResendActivationLinkDocument,
    "mutation SendPasswordResetLink($input: SendPasswordResetLinkInput!) {\n  sendPasswordResetLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}": typeof types.SendPasswordResetLinkDocument,
    "mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n  setAccountDisabled(input: $input) {\n    ...ManagedAccountFields\n  }\n}": typeof types.SetAccountDisabledDocument,
    "fragment CurrentViewer on Viewer {\n  id\n  displayName\n  kind\n  organisation {\n    id\n    name\n  }\n}": typeof types.CurrentViewerFragmentDoc,
    "query Me {\n  me {\n    ...CurrentViewer\n  }\n}": typeof types.MeDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...CurrentViewer\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "fragment ConsentFields on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  requiredConsenterIds\n  requiredInstitutionId\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  givenByInstitutions {\n    organisationId\n    name\n    givenAt\n  }\n  effective\n  validFrom\n  validUntil\n  recordedAt\n  recordedByName\n  withdrawnAt\n  withdrawalNote\n}": typeof types.ConsentFieldsFragmentDoc,
    "query FamilyConsent($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    consents {\n      ...ConsentFields\n    }\n  }\n}": typeof types.FamilyConsentDocument,
    "fragment FamilyWithConsentRequirements on Family {\n  ...FamilyWithInvolvements\n  consentRequirements {\n    memberId\n    rule\n    requiredConsenterIds\n    requiredInstitutionId\n  }\n}": typeof types.FamilyWithConsentRequirementsFragmentDoc,
    "mutation GiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...ConsentFields\n  }\n}": typeof types.GiveConsentDocument,
    "mutation GiveInstitutionConsent($input: GiveInstitutionConsentInput!) {\n  giveInstitutionConsent(input: $input) {\n    ...ConsentFields\n  }\n}": typeof types.GiveInstitutionConsentDocument,
    "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) {\n    ...ConsentFields\n  }\n}": typeof types.RecordConsentDocument,
    "mutation WithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...ConsentFields\n  }\n}": typeof types.WithdrawConsentDocument,
    "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  at\n  accountName\n  accountKind\n  organisationName\n  action\n  list\n  itemId\n  basis\n  consentIds\n  legalBasisIds\n}": typeof types.AccessLogEntryFieldsFragmentDoc,
    "query FamilyAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n      isRegisseur\n    }\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}": typeof types.FamilyAccessLogDocument,
    "mutation AdoptPlan($familyId: ID!, $note: String) {\n  adoptPlan(familyId: $familyId, note: $note) {\n    id\n    number\n    adoptedAt\n    adoptedByName\n    note\n  }\n}": typeof types.AdoptPlanDocument,
    "query AdoptedVersion($familyId: ID!, $number: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    members {\n      ...FamilyMemberFields\n    }\n    adoptedVersion(number: $number) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n      items {\n        ...PlanItemFields\n      }\n    }\n  }\n}": typeof types.AdoptedVersionDocument,
    "query AdoptedVersions($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    adoptedVersions {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n    }\n  }\n}": typeof types.AdoptedVersionsDocument,
    "fragment FamilyMemberFields on FamilyMember {\n  id\n  givenName\n  familyName\n  role\n  age\n  dateOfBirth\n  hasParentalAuthority\n  livesAtHome\n}": typeof types.FamilyMemberFieldsFragmentDoc,
    "fragment FamilyPageFields on Family {\n  id\n  name\n  myRelation {\n    type\n    isRegisseur\n  }\n  members {\n    ...FamilyMemberFields\n  }\n}": typeof types.FamilyPageFieldsFragmentDoc,
    "query FamilyPlan($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    ...PlanClosureFields\n    lastPlanChangeAt\n    myRelation {\n      type\n      involvementId\n      memberId\n      networkMemberId\n      isRegisseur\n    }\n    members {\n      ...FamilyMemberFields\n      portalAccess\n    }\n    network {\n      ...NetworkMemberFields\n      portalAccess\n    }\n    involvements {\n      ...InvolvementFields\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n      handoverNote\n    }\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n    plan {\n      ...PlanItemFields\n    }\n    legalBases {\n      id\n      recipientInvolvementId\n      familyInformedAt\n    }\n  }\n}": typeof types.FamilyPlanDocument,
    "mutation InviteToPortal($input: InviteToPortalInput!) {\n  inviteToPortal(input: $input)\n}": typeof types.InviteToPortalDocument,
    "fragment NetworkMemberFields on NetworkMember {\n  id\n  name\n  relation\n  phone\n  email\n}": typeof types.NetworkMemberFieldsFragmentDoc,
    "fragment PlanItemFields on PlanItem {\n  ...PortalPlanItem\n  updatedAt\n  redaction {\n    organisationName\n    aboutNames\n    contactName\n    contactPhone\n    contactEmail\n  }\n  withheldFromFamilyReason\n  changedByOther\n  lastChangedBy {\n    type\n    id\n    name\n    organisationName\n  }\n}": typeof types.PlanItemFieldsFragmentDoc,
    "query PlanItemHistory($itemId: ID!) {\n  planItem(id: $itemId) {\n    id\n    history {\n      itemId\n      version\n      changedAt\n      changedBy {\n        type\n        id\n        name\n        organisationName\n      }\n      text\n      status\n      statusReason\n      dueOn\n      aboutMemberIds\n      goalId\n      assignee {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}": typeof types.PlanItemHistoryDocument,
    "fragment RegisseurTermFields on RegisseurTerm {\n  involvementId\n  professionalName\n  organisationName\n  startedAt\n  endedAt\n}": typeof types.RegisseurTermFieldsFragmentDoc,
    "mutation ResendPortalInvitation($input: PortalInviteeInput!) {\n  resendPortalInvitation(input: $input)\n}": typeof types.ResendPortalInvitationDocument,
    "query PortalAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}": typeof types.PortalAccessLogDocument,
    "query PortalConsents($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    closedAt\n    members {\n      id\n      givenName\n      familyName\n    }\n    involvements {\n      id\n      organisationName\n      professionalName\n      task\n      isRegisseur\n      endedAt\n    }\n    consents {\n      ...PortalConsent\n    }\n    institutionalAuthorities {\n      id\n      memberId\n      organisationName\n      startsOn\n      endsOn\n    }\n  }\n}\n\nfragment PortalConsent on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  effective\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  requiredConsenterIds\n  validFrom\n  validUntil\n  recordedAt\n  withdrawnAt\n  withdrawalNote\n}": typeof types.PortalConsentsDocument,
    "fragment PortalFamilyHead on Family {\n  id\n  name\n  myRelation {\n    type\n    memberId\n  }\n}": typeof types.PortalFamilyHeadFragmentDoc,
    "query PortalFamilyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    ...PlanClosureFields\n    members {\n      id\n      givenName\n      familyName\n      role\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n      task\n      memberIds\n      discipline\n      startsOn\n      endsOn\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}": typeof types.PortalFamilyPlanDocument,
    "query PortalFamily($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n    }\n  }\n}": typeof types.PortalFamilyDocument,
    "mutation PortalGiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...PortalConsent\n  }\n}": typeof types.PortalGiveConsentDocument,
    "mutation PortalMarkAgreementDone($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    id\n    status\n    statusReason\n    version\n  }\n}": typeof types.PortalMarkAgreementDoneDocument,
    "mutation PortalRespondToPlanItem($input: RespondToPlanItemInput!) {\n  respondToPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}": typeof types.PortalRespondToPlanItemDocument,
    "mutation PortalWithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...PortalConsent\n  }\n}": typeof types.PortalWithdrawConsentDocument,
    "query SearchMyFamilies($input: SearchFamiliesInput!) {\n  searchMyFamilies(input: $input) {\n    familyId\n    name\n    nameMatched\n    matchingMembers {\n      id\n      givenName\n      familyName\n      dateOfBirth\n    }\n  }\n}": typeof types.SearchMyFamiliesDocument,
    "mutation AddFamilyMember($input: AddFamilyMemberInput!) {\n  addFamilyMember(input: $input)\n}": typeof types.AddFamilyMemberDocument,
    "mutation AddNetworkMember($input: AddNetworkMemberInput!) {\n  addNetworkMember(input: $input)\n}": typeof types.AddNetworkMemberDocument,
    "mutation CreateFamily($input: CreateFamilyInput!) {\n  createFamily(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateFamilyDocument,
    "mutation EndInstitutionalAuthority($input: EndInstitutionalAuthorityInput!) {\n  endInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}": typeof types.EndInstitutionalAuthorityDocument,
    "query FamilyPeople($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    members {\n      version\n    }\n    involvements {\n      id\n      organisationId\n      organisationName\n      organisationType\n      endedAt\n    }\n    institutionalAuthorities {\n      ...InstitutionalAuthorityFields\n    }\n    network {\n      ...NetworkMemberFields\n      version\n    }\n  }\n}": typeof types.FamilyPeopleDocument,
    "fragment InstitutionalAuthorityFields on InstitutionalAuthority {\n  id\n  memberId\n  organisationId\n  organisationName\n  startsOn\n  endsOn\n  ruling\n}": typeof types.InstitutionalAuthorityFieldsFragmentDoc,
    "query NetworkMemberHistory($networkMemberId: ID!) {\n  networkMember(id: $networkMemberId) {\n    id\n    history {\n      version\n      name\n      relation\n      phone\n      email\n      replacedAt\n      replacedBy {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}": typeof types.NetworkMemberHistoryDocument,
    "query PeopleInActivePlans($people: [PersonToPlaceInput!]!) {\n  peopleInActivePlans(people: $people) {\n    matchedBy\n    regisseurName\n    organisationName\n    phone\n    email\n  }\n}": typeof types.PeopleInActivePlansDocument,
    "mutation RecordInstitutionalAuthority($input: RecordInstitutionalAuthorityInput!) {\n  recordInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}": typeof types.RecordInstitutionalAuthorityDocument,
    "mutation UpdateFamilyMember($input: UpdateFamilyMemberInput!) {\n  updateFamilyMember(input: $input) {\n    ...FamilyMemberFields\n    version\n  }\n}": typeof types.UpdateFamilyMemberDocument,
    "mutation UpdateNetworkMember($input: UpdateNetworkMemberInput!) {\n  updateNetworkMember(input: $input) {\n    ...NetworkMemberFields\n    version\n  }\n}": typeof types.UpdateNetworkMemberDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    name\n  }\n}": typeof types.MyFamiliesDocument,
    "mutation EndInvolvement($input: EndInvolvementInput!) {\n  endInvolvement(input: $input)\n}": typeof types.EndInvolvementDocument,
    "query FamilyInvolvements($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    legalBases {\n      ...LegalBasisFields\n    }\n  }\n}": typeof types.FamilyInvolvementsDocument,
    "mutation HandOverRegisseur($input: HandOverRegisseurInput!) {\n  handOverRegisseur(input: $input)\n}": typeof types.HandOverRegisseurDocument,
    "fragment HandoverProposalFields on RegisseurHandoverProposal {\n  id\n  familyId\n  familyName\n  toInvolvementId\n  toProfessionalName\n  proposedByName\n  note\n  proposedAt\n}\n\nquery MyRegisseurHandoverProposals {\n  myRegisseurHandoverProposals {\n    ...HandoverProposalFields\n  }\n}\n\nmutation AcceptRegisseurHandover($proposalId: ID!) {\n  acceptRegisseurHandover(proposalId: $proposalId)\n}\n\nmutation DeclineRegisseurHandover($input: DeclineRegisseurHandoverInput!) {\n  declineRegisseurHandover(input: $input)\n}\n\nmutation WithdrawRegisseurHandover($proposalId: ID!) {\n  withdrawRegisseurHandover(proposalId: $proposalId)\n}": typeof types.HandoverProposalFieldsFragmentDoc,
    "query InvitableOrganisations($familyId: ID!) {\n  invitableOrganisations(familyId: $familyId) {\n    id\n    name\n    type\n  }\n}": typeof types.InvitableOrganisationsDocument,
    "query InvitableProfessionals($familyId: ID!, $organisationId: ID!) {\n  invitableProfessionals(familyId: $familyId, organisationId: $organisationId) {\n    id\n    displayName\n    discipline\n    email\n  }\n}": typeof types.InvitableProfessionalsDocument,
    "mutation InviteInvolvement($input: InviteInvolvementInput!) {\n  inviteInvolvement(input: $input)\n}": typeof types.InviteInvolvementDocument,
    "fragment InvolvementFields on Involvement {\n  id\n  professionalName\n  organisationId\n  organisationName\n  organisationType\n  discipline\n  task\n  email\n  phone\n  categories\n  memberIds\n  startsOn\n  endsOn\n  endedAt\n  endedReason\n  isRegisseur\n  version\n}\n\nfragment FamilyWithInvolvements on Family {\n  ...FamilyPageFields\n  myRelation {\n    involvementId\n  }\n  involvements {\n    ...InvolvementFields\n  }\n}": typeof types.InvolvementFieldsFragmentDoc,
    "query RegisseurHandover($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithInvolvements\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n  }\n}": typeof types.RegisseurHandoverDocument,
    "fragment LegalBasisFields on LegalBasis {\n  id\n  kind\n  reference\n  recipientInvolvementId\n  subjectMemberIds\n  categories\n  purpose\n  necessaryInformation\n  proportionality\n  subsidiarity\n  professionalSecrecy\n  familyInformedAt\n  informingDelayReason\n  validUntil\n  recordedAt\n  recordedByName\n  revokedAt\n}": typeof types.LegalBasisFieldsFragmentDoc,
    "query LegalBasisRecording($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    involvements {\n      ...InvolvementFields\n    }\n  }\n}": typeof types.LegalBasisRecordingDocument,
    "mutation RecordFamilyInformed($input: RecordFamilyInformedInput!) {\n  recordFamilyInformed(input: $input) {\n    ...LegalBasisFields\n  }\n}": typeof types.RecordFamilyInformedDocument,
    "mutation RecordLegalBasis($input: RecordLegalBasisInput!) {\n  recordLegalBasis(input: $input) {\n    ...LegalBasisFields\n  }\n}": typeof types.RecordLegalBasisDocument,
    "mutation RevokeLegalBasis($id: ID!) {\n  revokeLegalBasis(id: $id) {\n    ...LegalBasisFields\n  }\n}": typeof types.RevokeLegalBasisDocument,
    "query NetworkSafetyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    ...PlanClosureFields\n    myRelation {\n      type\n      networkMemberId\n    }\n    members {\n      id\n      givenName\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}": typeof types.NetworkSafetyPlanDocument,
    "query NotificationSettings {\n  notificationSettings {\n    email\n    unread\n  }\n}": typeof types.NotificationSettingsDocument,
    "mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n  setNotificationEmail(input: $input) {\n    email\n    unread\n  }\n}": typeof types.SetNotificationEmailDocument,
    "query MyCalendar($weeks: Int) {\n  myCalendar(weeks: $weeks) {\n    from\n    until\n    entries {\n      familyId\n      familyName\n      itemId\n      kind\n      on\n      text\n      status\n      assigneeName\n    }\n  }\n}": typeof types.MyCalendarDocument,
    "query MyOverview {\n  myOverview {\n    involvements {\n      involvementId\n      familyId\n      familyName\n      task\n      isRegisseur\n      lastPlanChangeAt\n      stalled\n    }\n    agreementsNeedingAttention {\n      ...OverviewItemFields\n    }\n    evaluationsDue {\n      ...OverviewItemFields\n    }\n    stalledPlans {\n      involvementId\n      familyId\n      familyName\n      lastPlanChangeAt\n    }\n    myOpenAgreements {\n      ...OverviewItemFields\n    }\n    closedPlans {\n      involvementId\n      familyId\n      familyName\n      isRegisseur\n      closedAt\n      closingReason\n    }\n  }\n}\n\nfragment OverviewItemFields on OverviewItem {\n  itemId\n  familyId\n  familyName\n  kind\n  text\n  dueOn\n  status\n  statusReason\n  assigneeName\n}": typeof types.MyOverviewDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...CurrentViewer\n  }\n}": typeof types.ResetPasswordDocument,
    "fragment PlanClosureFields on Family {\n  closedAt\n  closureHistory {\n    id\n    action\n    closingReason\n    explanation\n    finalEvaluation\n    at\n    byName\n  }\n}\n\nquery PlanClosurePage($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    myRelation {\n      isRegisseur\n    }\n    ...PlanClosureFields\n  }\n}\n\nmutation ClosePlan($input: ClosePlanInput!) {\n  closePlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}\n\nmutation ReopenPlan($input: ReopenPlanInput!) {\n  reopenPlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}": typeof types.PlanClosureFieldsFragmentDoc,
    "mutation AddPlanItem($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}": typeof types.AddPlanItemDocument,
    "mutation RemovePlanItem($input: RemovePlanItemInput!) {\n  removePlanItem(input: $input)\n}": typeof types.RemovePlanItemDocument,
    "mutation SetAgreementStatus($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    ...PlanItemFields\n  }\n}": typeof types.SetAgreementStatusDocument,
    "mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n  updatePlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}": typeof types.UpdatePlanItemDocument,
    "mutation WithholdFromFamily($input: WithholdFromFamilyInput!) {\n  withholdFromFamily(input: $input) {\n    ...PlanItemFields\n  }\n}": typeof types.WithholdFromFamilyDocument,
    "mutation PortalAddLogEntry($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}": typeof types.PortalAddLogEntryDocument,
    "fragment PortalInvolvement on Involvement {\n  id\n  organisationName\n  professionalName\n  phone\n  email\n  isRegisseur\n  endedAt\n}": typeof types.PortalInvolvementFragmentDoc,
    "fragment PortalPlanItem on PlanItem {\n  id\n  kind\n  category\n  access\n  aboutMemberIds\n  author {\n    id\n    type\n    name\n    organisationName\n  }\n  assignee {\n    id\n    type\n    name\n    organisationName\n  }\n  createdAt\n  version\n  targetItemId\n  text\n  status\n  statusReason\n  dueOn\n  lifeDomain\n  aspect\n  goalId\n  outcome\n  changes\n  familyView\n  nextEvaluationOn\n  goalOutcomes {\n    goalId\n    result\n  }\n  invitedInvolvementIds\n  invitedMemberIds\n  invitesYou\n  invitedProfessionals {\n    id\n    type\n    name\n    organisationName\n  }\n  planB\n  contactName\n  contactPhone\n  startsOn\n  endsOn\n  safetyForChild\n  safetyForParents\n  safetyForProfessionals\n  weekday\n  cancelContact\n  recordedWith\n  occurredOn\n}": typeof types.PortalPlanItemFragmentDoc,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id)\n}": typeof types.MarkNotificationReadDocument,
    "query MyNotifications {\n  myNotifications {\n    id\n    kind\n    message\n    familyId\n    familyName\n    settled\n    createdAt\n    readAt\n  }\n}": typeof types.MyNotificationsDocument,
    "query MySignals {\n  mySignals {\n    ...SignalMatchFields\n  }\n}": typeof types.MySignalsDocument,
    "query RegisseurProposal($subjectIds: [ID!]!) {\n  regisseurProposal(subjectIds: $subjectIds) {\n    reason\n    signal {\n      ...SignalFields\n    }\n  }\n}": typeof types.RegisseurProposalDocument,
    "mutation RegisterSignal($input: RegisterSignalInput!) {\n  registerSignal(input: $input) {\n    ...SignalMatchFields\n  }\n}": typeof types.RegisterSignalDocument,
    "fragment SignalFields on Signal {\n  id\n  subjectId\n  professionalName\n  organisationName\n  organisationType\n  domain\n  contactPhone\n  contactEmail\n  registeredAt\n  expiresAt\n  mine\n  familyId\n}\n\nfragment SignalSubjectFields on SignalSubject {\n  id\n  givenName\n  familyName\n  dateOfBirth\n  address\n}\n\nfragment SignalMatchFields on SignalMatch {\n  isMatch\n  subject {\n    ...SignalSubjectFields\n  }\n  signals {\n    ...SignalFields\n  }\n  siblings {\n    ...SignalSubjectFields\n  }\n  siblingSignals {\n    ...SignalFields\n  }\n  existingPlan {\n    ...ExistingPlanFields\n  }\n}\n\nfragment ExistingPlanFields on ExistingPlan {\n  matchedBy\n  regisseurName\n  organisationName\n  phone\n  email\n}": typeof types.SignalFieldsFragmentDoc,
    "query SignalLookUp($bsn: String!) {\n  signalLookUp(bsn: $bsn) {\n    ...SignalMatchFields\n  }\n}": typeof types.SignalLookUpDocument,
    "mutation StartPlanFromMatch($input: StartPlanFromMatchInput!) {\n  startPlanFromMatch(input: $input) {\n    id\n    name\n  }\n}": typeof types.StartPlanFromMatchDocument,
    "mutation WithdrawSignal($input: WithdrawSignalInput!) {\n  withdrawSignal(input: $input)\n}": typeof types.WithdrawSignalDocument,
};
const documents: Documents = {
    "mutation ActivateAccount($input: ActivateAccountInput!) {\n  activateAccount(input: $input) {\n    ...CurrentViewer\n  }\n}": types.ActivateAccountDocument,
    "mutation CreateAccount($input: CreateAccountInput!) {\n  createAccount(input: $input) {\n    ...ManagedAccountFields\n  }\n}": types.CreateAccountDocument,
    "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    id\n    name\n    type\n  }\n}": types.CreateOrganisationDocument,
    "fragment ManagedAccountFields on ManagedAccount {\n  id\n  displayName\n  email\n  kind\n  discipline\n  activated\n  disabledAt\n  organisationId\n}": types.ManagedAccountFieldsFragmentDoc,
    "query OrganisationAccounts($organisationId: ID) {\n  organisationAccounts(organisationId: $organisationId) {\n    ...ManagedAccountFields\n  }\n}": types.OrganisationAccountsDocument,
    "query Organisations {\n  organisations {\n    id\n    name\n    type\n  }\n}": types.OrganisationsDocument,
    "mutation ResendActivationLink($input: ResendActivationLinkInput!) {\n  resendActivationLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}": types.ResendActivationLinkDocument,
    "mutation SendPasswordResetLink($input: SendPasswordResetLinkInput!) {\n  sendPasswordResetLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}": types.SendPasswordResetLinkDocument,
    "mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n  setAccountDisabled(input: $input) {\n    ...ManagedAccountFields\n  }\n}": types.SetAccountDisabledDocument,
    "fragment CurrentViewer on Viewer {\n  id\n  displayName\n  kind\n  organisation {\n    id\n    name\n  }\n}": types.CurrentViewerFragmentDoc,
    "query Me {\n  me {\n    ...CurrentViewer\n  }\n}": types.MeDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...CurrentViewer\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "fragment ConsentFields on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  requiredConsenterIds\n  requiredInstitutionId\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  givenByInstitutions {\n    organisationId\n    name\n    givenAt\n  }\n  effective\n  validFrom\n  validUntil\n  recordedAt\n  recordedByName\n  withdrawnAt\n  withdrawalNote\n}": types.ConsentFieldsFragmentDoc,
    "query FamilyConsent($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    consents {\n      ...ConsentFields\n    }\n  }\n}": types.FamilyConsentDocument,
    "fragment FamilyWithConsentRequirements on Family {\n  ...FamilyWithInvolvements\n  consentRequirements {\n    memberId\n    rule\n    requiredConsenterIds\n    requiredInstitutionId\n  }\n}": types.FamilyWithConsentRequirementsFragmentDoc,
    "mutation GiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...ConsentFields\n  }\n}": types.GiveConsentDocument,
    "mutation GiveInstitutionConsent($input: GiveInstitutionConsentInput!) {\n  giveInstitutionConsent(input: $input) {\n    ...ConsentFields\n  }\n}": types.GiveInstitutionConsentDocument,
    "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) {\n    ...ConsentFields\n  }\n}": types.RecordConsentDocument,
    "mutation WithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...ConsentFields\n  }\n}": types.WithdrawConsentDocument,
    "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  at\n  accountName\n  accountKind\n  organisationName\n  action\n  list\n  itemId\n  basis\n  consentIds\n  legalBasisIds\n}": types.AccessLogEntryFieldsFragmentDoc,
    "query FamilyAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n      isRegisseur\n    }\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}": types.FamilyAccessLogDocument,
    "mutation AdoptPlan($familyId: ID!, $note: String) {\n  adoptPlan(familyId: $familyId, note: $note) {\n    id\n    number\n    adoptedAt\n    adoptedByName\n    note\n  }\n}": types.AdoptPlanDocument,
    "query AdoptedVersion($familyId: ID!, $number: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    members {\n      ...FamilyMemberFields\n    }\n    adoptedVersion(number: $number) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n      items {\n        ...PlanItemFields\n      }\n    }\n  }\n}": types.AdoptedVersionDocument,
    "query AdoptedVersions($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    adoptedVersions {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n    }\n  }\n}": types.AdoptedVersionsDocument,
    "fragment FamilyMemberFields on FamilyMember {\n  id\n  givenName\n  familyName\n  role\n  age\n  dateOfBirth\n  hasParentalAuthority\n  livesAtHome\n}": types.FamilyMemberFieldsFragmentDoc,
    "fragment FamilyPageFields on Family {\n  id\n  name\n  myRelation {\n    type\n    isRegisseur\n  }\n  members {\n    ...FamilyMemberFields\n  }\n}": types.FamilyPageFieldsFragmentDoc,
    "query FamilyPlan($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    ...PlanClosureFields\n    lastPlanChangeAt\n    myRelation {\n      type\n      involvementId\n      memberId\n      networkMemberId\n      isRegisseur\n    }\n    members {\n      ...FamilyMemberFields\n      portalAccess\n    }\n    network {\n      ...NetworkMemberFields\n      portalAccess\n    }\n    involvements {\n      ...InvolvementFields\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n      handoverNote\n    }\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n    plan {\n      ...PlanItemFields\n    }\n    legalBases {\n      id\n      recipientInvolvementId\n      familyInformedAt\n    }\n  }\n}": types.FamilyPlanDocument,
    "mutation InviteToPortal($input: InviteToPortalInput!) {\n  inviteToPortal(input: $input)\n}": types.InviteToPortalDocument,
    "fragment NetworkMemberFields on NetworkMember {\n  id\n  name\n  relation\n  phone\n  email\n}": types.NetworkMemberFieldsFragmentDoc,
    "fragment PlanItemFields on PlanItem {\n  ...PortalPlanItem\n  updatedAt\n  redaction {\n    organisationName\n    aboutNames\n    contactName\n    contactPhone\n    contactEmail\n  }\n  withheldFromFamilyReason\n  changedByOther\n  lastChangedBy {\n    type\n    id\n    name\n    organisationName\n  }\n}": types.PlanItemFieldsFragmentDoc,
    "query PlanItemHistory($itemId: ID!) {\n  planItem(id: $itemId) {\n    id\n    history {\n      itemId\n      version\n      changedAt\n      changedBy {\n        type\n        id\n        name\n        organisationName\n      }\n      text\n      status\n      statusReason\n      dueOn\n      aboutMemberIds\n      goalId\n      assignee {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}": types.PlanItemHistoryDocument,
    "fragment RegisseurTermFields on RegisseurTerm {\n  involvementId\n  professionalName\n  organisationName\n  startedAt\n  endedAt\n}": types.RegisseurTermFieldsFragmentDoc,
    "mutation ResendPortalInvitation($input: PortalInviteeInput!) {\n  resendPortalInvitation(input: $input)\n}": types.ResendPortalInvitationDocument,
    "query PortalAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}": types.PortalAccessLogDocument,
    "query PortalConsents($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    closedAt\n    members {\n      id\n      givenName\n      familyName\n    }\n    involvements {\n      id\n      organisationName\n      professionalName\n      task\n      isRegisseur\n      endedAt\n    }\n    consents {\n      ...PortalConsent\n    }\n    institutionalAuthorities {\n      id\n      memberId\n      organisationName\n      startsOn\n      endsOn\n    }\n  }\n}\n\nfragment PortalConsent on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  effective\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  requiredConsenterIds\n  validFrom\n  validUntil\n  recordedAt\n  withdrawnAt\n  withdrawalNote\n}": types.PortalConsentsDocument,
    "fragment PortalFamilyHead on Family {\n  id\n  name\n  myRelation {\n    type\n    memberId\n  }\n}": types.PortalFamilyHeadFragmentDoc,
    "query PortalFamilyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    ...PlanClosureFields\n    members {\n      id\n      givenName\n      familyName\n      role\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n      task\n      memberIds\n      discipline\n      startsOn\n      endsOn\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}": types.PortalFamilyPlanDocument,
    "query PortalFamily($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n    }\n  }\n}": types.PortalFamilyDocument,
    "mutation PortalGiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...PortalConsent\n  }\n}": types.PortalGiveConsentDocument,
    "mutation PortalMarkAgreementDone($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    id\n    status\n    statusReason\n    version\n  }\n}": types.PortalMarkAgreementDoneDocument,
    "mutation PortalRespondToPlanItem($input: RespondToPlanItemInput!) {\n  respondToPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}": types.PortalRespondToPlanItemDocument,
    "mutation PortalWithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...PortalConsent\n  }\n}": types.PortalWithdrawConsentDocument,
    "query SearchMyFamilies($input: SearchFamiliesInput!) {\n  searchMyFamilies(input: $input) {\n    familyId\n    name\n    nameMatched\n    matchingMembers {\n      id\n      givenName\n      familyName\n      dateOfBirth\n    }\n  }\n}": types.SearchMyFamiliesDocument,
    "mutation AddFamilyMember($input: AddFamilyMemberInput!) {\n  addFamilyMember(input: $input)\n}": types.AddFamilyMemberDocument,
    "mutation AddNetworkMember($input: AddNetworkMemberInput!) {\n  addNetworkMember(input: $input)\n}": types.AddNetworkMemberDocument,
    "mutation CreateFamily($input: CreateFamilyInput!) {\n  createFamily(input: $input) {\n    id\n    name\n  }\n}": types.CreateFamilyDocument,
    "mutation EndInstitutionalAuthority($input: EndInstitutionalAuthorityInput!) {\n  endInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}": types.EndInstitutionalAuthorityDocument,
    "query FamilyPeople($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    members {\n      version\n    }\n    involvements {\n      id\n      organisationId\n      organisationName\n      organisationType\n      endedAt\n    }\n    institutionalAuthorities {\n      ...InstitutionalAuthorityFields\n    }\n    network {\n      ...NetworkMemberFields\n      version\n    }\n  }\n}": types.FamilyPeopleDocument,
    "fragment InstitutionalAuthorityFields on InstitutionalAuthority {\n  id\n  memberId\n  organisationId\n  organisationName\n  startsOn\n  endsOn\n  ruling\n}": types.InstitutionalAuthorityFieldsFragmentDoc,
    "query NetworkMemberHistory($networkMemberId: ID!) {\n  networkMember(id: $networkMemberId) {\n    id\n    history {\n      version\n      name\n      relation\n      phone\n      email\n      replacedAt\n      replacedBy {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}": types.NetworkMemberHistoryDocument,
    "query PeopleInActivePlans($people: [PersonToPlaceInput!]!) {\n  peopleInActivePlans(people: $people) {\n    matchedBy\n    regisseurName\n    organisationName\n    phone\n    email\n  }\n}": types.PeopleInActivePlansDocument,
    "mutation RecordInstitutionalAuthority($input: RecordInstitutionalAuthorityInput!) {\n  recordInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}": types.RecordInstitutionalAuthorityDocument,
    "mutation UpdateFamilyMember($input: UpdateFamilyMemberInput!) {\n  updateFamilyMember(input: $input) {\n    ...FamilyMemberFields\n    version\n  }\n}": types.UpdateFamilyMemberDocument,
    "mutation UpdateNetworkMember($input: UpdateNetworkMemberInput!) {\n  updateNetworkMember(input: $input) {\n    ...NetworkMemberFields\n    version\n  }\n}": types.UpdateNetworkMemberDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    name\n  }\n}": types.MyFamiliesDocument,
    "mutation EndInvolvement($input: EndInvolvementInput!) {\n  endInvolvement(input: $input)\n}": types.EndInvolvementDocument,
    "query FamilyInvolvements($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    legalBases {\n      ...LegalBasisFields\n    }\n  }\n}": types.FamilyInvolvementsDocument,
    "mutation HandOverRegisseur($input: HandOverRegisseurInput!) {\n  handOverRegisseur(input: $input)\n}": types.HandOverRegisseurDocument,
    "fragment HandoverProposalFields on RegisseurHandoverProposal {\n  id\n  familyId\n  familyName\n  toInvolvementId\n  toProfessionalName\n  proposedByName\n  note\n  proposedAt\n}\n\nquery MyRegisseurHandoverProposals {\n  myRegisseurHandoverProposals {\n    ...HandoverProposalFields\n  }\n}\n\nmutation AcceptRegisseurHandover($proposalId: ID!) {\n  acceptRegisseurHandover(proposalId: $proposalId)\n}\n\nmutation DeclineRegisseurHandover($input: DeclineRegisseurHandoverInput!) {\n  declineRegisseurHandover(input: $input)\n}\n\nmutation WithdrawRegisseurHandover($proposalId: ID!) {\n  withdrawRegisseurHandover(proposalId: $proposalId)\n}": types.HandoverProposalFieldsFragmentDoc,
    "query InvitableOrganisations($familyId: ID!) {\n  invitableOrganisations(familyId: $familyId) {\n    id\n    name\n    type\n  }\n}": types.InvitableOrganisationsDocument,
    "query InvitableProfessionals($familyId: ID!, $organisationId: ID!) {\n  invitableProfessionals(familyId: $familyId, organisationId: $organisationId) {\n    id\n    displayName\n    discipline\n    email\n  }\n}": types.InvitableProfessionalsDocument,
    "mutation InviteInvolvement($input: InviteInvolvementInput!) {\n  inviteInvolvement(input: $input)\n}": types.InviteInvolvementDocument,
    "fragment InvolvementFields on Involvement {\n  id\n  professionalName\n  organisationId\n  organisationName\n  organisationType\n  discipline\n  task\n  email\n  phone\n  categories\n  memberIds\n  startsOn\n  endsOn\n  endedAt\n  endedReason\n  isRegisseur\n  version\n}\n\nfragment FamilyWithInvolvements on Family {\n  ...FamilyPageFields\n  myRelation {\n    involvementId\n  }\n  involvements {\n    ...InvolvementFields\n  }\n}": types.InvolvementFieldsFragmentDoc,
    "query RegisseurHandover($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithInvolvements\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n  }\n}": types.RegisseurHandoverDocument,
    "fragment LegalBasisFields on LegalBasis {\n  id\n  kind\n  reference\n  recipientInvolvementId\n  subjectMemberIds\n  categories\n  purpose\n  necessaryInformation\n  proportionality\n  subsidiarity\n  professionalSecrecy\n  familyInformedAt\n  informingDelayReason\n  validUntil\n  recordedAt\n  recordedByName\n  revokedAt\n}": types.LegalBasisFieldsFragmentDoc,
    "query LegalBasisRecording($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    involvements {\n      ...InvolvementFields\n    }\n  }\n}": types.LegalBasisRecordingDocument,
    "mutation RecordFamilyInformed($input: RecordFamilyInformedInput!) {\n  recordFamilyInformed(input: $input) {\n    ...LegalBasisFields\n  }\n}": types.RecordFamilyInformedDocument,
    "mutation RecordLegalBasis($input: RecordLegalBasisInput!) {\n  recordLegalBasis(input: $input) {\n    ...LegalBasisFields\n  }\n}": types.RecordLegalBasisDocument,
    "mutation RevokeLegalBasis($id: ID!) {\n  revokeLegalBasis(id: $id) {\n    ...LegalBasisFields\n  }\n}": types.RevokeLegalBasisDocument,
    "query NetworkSafetyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    ...PlanClosureFields\n    myRelation {\n      type\n      networkMemberId\n    }\n    members {\n      id\n      givenName\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}": types.NetworkSafetyPlanDocument,
    "query NotificationSettings {\n  notificationSettings {\n    email\n    unread\n  }\n}": types.NotificationSettingsDocument,
    "mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n  setNotificationEmail(input: $input) {\n    email\n    unread\n  }\n}": types.SetNotificationEmailDocument,
    "query MyCalendar($weeks: Int) {\n  myCalendar(weeks: $weeks) {\n    from\n    until\n    entries {\n      familyId\n      familyName\n      itemId\n      kind\n      on\n      text\n      status\n      assigneeName\n    }\n  }\n}": types.MyCalendarDocument,
    "query MyOverview {\n  myOverview {\n    involvements {\n      involvementId\n      familyId\n      familyName\n      task\n      isRegisseur\n      lastPlanChangeAt\n      stalled\n    }\n    agreementsNeedingAttention {\n      ...OverviewItemFields\n    }\n    evaluationsDue {\n      ...OverviewItemFields\n    }\n    stalledPlans {\n      involvementId\n      familyId\n      familyName\n      lastPlanChangeAt\n    }\n    myOpenAgreements {\n      ...OverviewItemFields\n    }\n    closedPlans {\n      involvementId\n      familyId\n      familyName\n      isRegisseur\n      closedAt\n      closingReason\n    }\n  }\n}\n\nfragment OverviewItemFields on OverviewItem {\n  itemId\n  familyId\n  familyName\n  kind\n  text\n  dueOn\n  status\n  statusReason\n  assigneeName\n}": types.MyOverviewDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...CurrentViewer\n  }\n}": types.ResetPasswordDocument,
    "fragment PlanClosureFields on Family {\n  closedAt\n  closureHistory {\n    id\n    action\n    closingReason\n    explanation\n    finalEvaluation\n    at\n    byName\n  }\n}\n\nquery PlanClosurePage($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    myRelation {\n      isRegisseur\n    }\n    ...PlanClosureFields\n  }\n}\n\nmutation ClosePlan($input: ClosePlanInput!) {\n  closePlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}\n\nmutation ReopenPlan($input: ReopenPlanInput!) {\n  reopenPlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}": types.PlanClosureFieldsFragmentDoc,
    "mutation AddPlanItem($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}": types.AddPlanItemDocument,
    "mutation RemovePlanItem($input: RemovePlanItemInput!) {\n  removePlanItem(input: $input)\n}": types.RemovePlanItemDocument,
    "mutation SetAgreementStatus($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    ...PlanItemFields\n  }\n}": types.SetAgreementStatusDocument,
    "mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n  updatePlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}": types.UpdatePlanItemDocument,
    "mutation WithholdFromFamily($input: WithholdFromFamilyInput!) {\n  withholdFromFamily(input: $input) {\n    ...PlanItemFields\n  }\n}": types.WithholdFromFamilyDocument,
    "mutation PortalAddLogEntry($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}": types.PortalAddLogEntryDocument,
    "fragment PortalInvolvement on Involvement {\n  id\n  organisationName\n  professionalName\n  phone\n  email\n  isRegisseur\n  endedAt\n}": types.PortalInvolvementFragmentDoc,
    "fragment PortalPlanItem on PlanItem {\n  id\n  kind\n  category\n  access\n  aboutMemberIds\n  author {\n    id\n    type\n    name\n    organisationName\n  }\n  assignee {\n    id\n    type\n    name\n    organisationName\n  }\n  createdAt\n  version\n  targetItemId\n  text\n  status\n  statusReason\n  dueOn\n  lifeDomain\n  aspect\n  goalId\n  outcome\n  changes\n  familyView\n  nextEvaluationOn\n  goalOutcomes {\n    goalId\n    result\n  }\n  invitedInvolvementIds\n  invitedMemberIds\n  invitesYou\n  invitedProfessionals {\n    id\n    type\n    name\n    organisationName\n  }\n  planB\n  contactName\n  contactPhone\n  startsOn\n  endsOn\n  safetyForChild\n  safetyForParents\n  safetyForProfessionals\n  weekday\n  cancelContact\n  recordedWith\n  occurredOn\n}": types.PortalPlanItemFragmentDoc,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id)\n}": types.MarkNotificationReadDocument,
    "query MyNotifications {\n  myNotifications {\n    id\n    kind\n    message\n    familyId\n    familyName\n    settled\n    createdAt\n    readAt\n  }\n}": types.MyNotificationsDocument,
    "query MySignals {\n  mySignals {\n    ...SignalMatchFields\n  }\n}": types.MySignalsDocument,
    "query RegisseurProposal($subjectIds: [ID!]!) {\n  regisseurProposal(subjectIds: $subjectIds) {\n    reason\n    signal {\n      ...SignalFields\n    }\n  }\n}": types.RegisseurProposalDocument,
    "mutation RegisterSignal($input: RegisterSignalInput!) {\n  registerSignal(input: $input) {\n    ...SignalMatchFields\n  }\n}": types.RegisterSignalDocument,
    "fragment SignalFields on Signal {\n  id\n  subjectId\n  professionalName\n  organisationName\n  organisationType\n  domain\n  contactPhone\n  contactEmail\n  registeredAt\n  expiresAt\n  mine\n  familyId\n}\n\nfragment SignalSubjectFields on SignalSubject {\n  id\n  givenName\n  familyName\n  dateOfBirth\n  address\n}\n\nfragment SignalMatchFields on SignalMatch {\n  isMatch\n  subject {\n    ...SignalSubjectFields\n  }\n  signals {\n    ...SignalFields\n  }\n  siblings {\n    ...SignalSubjectFields\n  }\n  siblingSignals {\n    ...SignalFields\n  }\n  existingPlan {\n    ...ExistingPlanFields\n  }\n}\n\nfragment ExistingPlanFields on ExistingPlan {\n  matchedBy\n  regisseurName\n  organisationName\n  phone\n  email\n}": types.SignalFieldsFragmentDoc,
    "query SignalLookUp($bsn: String!) {\n  signalLookUp(bsn: $bsn) {\n    ...SignalMatchFields\n  }\n}": types.SignalLookUpDocument,
    "mutation StartPlanFromMatch($input: StartPlanFromMatchInput!) {\n  startPlanFromMatch(input: $input) {\n    id\n    name\n  }\n}": types.StartPlanFromMatchDocument,
    "mutation WithdrawSignal($input: WithdrawSignalInput!) {\n  withdrawSignal(input: $input)\n}": types.WithdrawSignalDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateAccount($input: ActivateAccountInput!) {\n  activateAccount(input: $input) {\n    ...CurrentViewer\n  }\n}"): (typeof documents)["mutation ActivateAccount($input: ActivateAccountInput!) {\n  activateAccount(input: $input) {\n    ...CurrentViewer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccount($input: CreateAccountInput!) {\n  createAccount(input: $input) {\n    ...ManagedAccountFields\n  }\n}"): (typeof documents)["mutation CreateAccount($input: CreateAccountInput!) {\n  createAccount(input: $input) {\n    ...ManagedAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    id\n    name\n    type\n  }\n}"): (typeof documents)["mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    id\n    name\n    type\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ManagedAccountFields on ManagedAccount {\n  id\n  displayName\n  email\n  kind\n  discipline\n  activated\n  disabledAt\n  organisationId\n}"): (typeof documents)["fragment ManagedAccountFields on ManagedAccount {\n  id\n  displayName\n  email\n  kind\n  discipline\n  activated\n  disabledAt\n  organisationId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationAccounts($organisationId: ID) {\n  organisationAccounts(organisationId: $organisationId) {\n    ...ManagedAccountFields\n  }\n}"): (typeof documents)["query OrganisationAccounts($organisationId: ID) {\n  organisationAccounts(organisationId: $organisationId) {\n    ...ManagedAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations {\n  organisations {\n    id\n    name\n    type\n  }\n}"): (typeof documents)["query Organisations {\n  organisations {\n    id\n    name\n    type\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendActivationLink($input: ResendActivationLinkInput!) {\n  resendActivationLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}"): (typeof documents)["mutation ResendActivationLink($input: ResendActivationLinkInput!) {\n  resendActivationLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordResetLink($input: SendPasswordResetLinkInput!) {\n  sendPasswordResetLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}"): (typeof documents)["mutation SendPasswordResetLink($input: SendPasswordResetLinkInput!) {\n  sendPasswordResetLink(input: $input) {\n    ...ManagedAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n  setAccountDisabled(input: $input) {\n    ...ManagedAccountFields\n  }\n}"): (typeof documents)["mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n  setAccountDisabled(input: $input) {\n    ...ManagedAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrentViewer on Viewer {\n  id\n  displayName\n  kind\n  organisation {\n    id\n    name\n  }\n}"): (typeof documents)["fragment CurrentViewer on Viewer {\n  id\n  displayName\n  kind\n  organisation {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...CurrentViewer\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...CurrentViewer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...CurrentViewer\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...CurrentViewer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConsentFields on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  requiredConsenterIds\n  requiredInstitutionId\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  givenByInstitutions {\n    organisationId\n    name\n    givenAt\n  }\n  effective\n  validFrom\n  validUntil\n  recordedAt\n  recordedByName\n  withdrawnAt\n  withdrawalNote\n}"): (typeof documents)["fragment ConsentFields on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  requiredConsenterIds\n  requiredInstitutionId\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  givenByInstitutions {\n    organisationId\n    name\n    givenAt\n  }\n  effective\n  validFrom\n  validUntil\n  recordedAt\n  recordedByName\n  withdrawnAt\n  withdrawalNote\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyConsent($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    consents {\n      ...ConsentFields\n    }\n  }\n}"): (typeof documents)["query FamilyConsent($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    consents {\n      ...ConsentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FamilyWithConsentRequirements on Family {\n  ...FamilyWithInvolvements\n  consentRequirements {\n    memberId\n    rule\n    requiredConsenterIds\n    requiredInstitutionId\n  }\n}"): (typeof documents)["fragment FamilyWithConsentRequirements on Family {\n  ...FamilyWithInvolvements\n  consentRequirements {\n    memberId\n    rule\n    requiredConsenterIds\n    requiredInstitutionId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...ConsentFields\n  }\n}"): (typeof documents)["mutation GiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...ConsentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GiveInstitutionConsent($input: GiveInstitutionConsentInput!) {\n  giveInstitutionConsent(input: $input) {\n    ...ConsentFields\n  }\n}"): (typeof documents)["mutation GiveInstitutionConsent($input: GiveInstitutionConsentInput!) {\n  giveInstitutionConsent(input: $input) {\n    ...ConsentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) {\n    ...ConsentFields\n  }\n}"): (typeof documents)["mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) {\n    ...ConsentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...ConsentFields\n  }\n}"): (typeof documents)["mutation WithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...ConsentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  at\n  accountName\n  accountKind\n  organisationName\n  action\n  list\n  itemId\n  basis\n  consentIds\n  legalBasisIds\n}"): (typeof documents)["fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  at\n  accountName\n  accountKind\n  organisationName\n  action\n  list\n  itemId\n  basis\n  consentIds\n  legalBasisIds\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n      isRegisseur\n    }\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}"): (typeof documents)["query FamilyAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n      isRegisseur\n    }\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdoptPlan($familyId: ID!, $note: String) {\n  adoptPlan(familyId: $familyId, note: $note) {\n    id\n    number\n    adoptedAt\n    adoptedByName\n    note\n  }\n}"): (typeof documents)["mutation AdoptPlan($familyId: ID!, $note: String) {\n  adoptPlan(familyId: $familyId, note: $note) {\n    id\n    number\n    adoptedAt\n    adoptedByName\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdoptedVersion($familyId: ID!, $number: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    members {\n      ...FamilyMemberFields\n    }\n    adoptedVersion(number: $number) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n      items {\n        ...PlanItemFields\n      }\n    }\n  }\n}"): (typeof documents)["query AdoptedVersion($familyId: ID!, $number: Int!) {\n  family(id: $familyId) {\n    id\n    name\n    members {\n      ...FamilyMemberFields\n    }\n    adoptedVersion(number: $number) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n      items {\n        ...PlanItemFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdoptedVersions($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    adoptedVersions {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n    }\n  }\n}"): (typeof documents)["query AdoptedVersions($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    adoptedVersions {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      note\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FamilyMemberFields on FamilyMember {\n  id\n  givenName\n  familyName\n  role\n  age\n  dateOfBirth\n  hasParentalAuthority\n  livesAtHome\n}"): (typeof documents)["fragment FamilyMemberFields on FamilyMember {\n  id\n  givenName\n  familyName\n  role\n  age\n  dateOfBirth\n  hasParentalAuthority\n  livesAtHome\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FamilyPageFields on Family {\n  id\n  name\n  myRelation {\n    type\n    isRegisseur\n  }\n  members {\n    ...FamilyMemberFields\n  }\n}"): (typeof documents)["fragment FamilyPageFields on Family {\n  id\n  name\n  myRelation {\n    type\n    isRegisseur\n  }\n  members {\n    ...FamilyMemberFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyPlan($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    ...PlanClosureFields\n    lastPlanChangeAt\n    myRelation {\n      type\n      involvementId\n      memberId\n      networkMemberId\n      isRegisseur\n    }\n    members {\n      ...FamilyMemberFields\n      portalAccess\n    }\n    network {\n      ...NetworkMemberFields\n      portalAccess\n    }\n    involvements {\n      ...InvolvementFields\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n      handoverNote\n    }\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n    plan {\n      ...PlanItemFields\n    }\n    legalBases {\n      id\n      recipientInvolvementId\n      familyInformedAt\n    }\n  }\n}"): (typeof documents)["query FamilyPlan($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    ...PlanClosureFields\n    lastPlanChangeAt\n    myRelation {\n      type\n      involvementId\n      memberId\n      networkMemberId\n      isRegisseur\n    }\n    members {\n      ...FamilyMemberFields\n      portalAccess\n    }\n    network {\n      ...NetworkMemberFields\n      portalAccess\n    }\n    involvements {\n      ...InvolvementFields\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n      handoverNote\n    }\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n    plan {\n      ...PlanItemFields\n    }\n    legalBases {\n      id\n      recipientInvolvementId\n      familyInformedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteToPortal($input: InviteToPortalInput!) {\n  inviteToPortal(input: $input)\n}"): (typeof documents)["mutation InviteToPortal($input: InviteToPortalInput!) {\n  inviteToPortal(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NetworkMemberFields on NetworkMember {\n  id\n  name\n  relation\n  phone\n  email\n}"): (typeof documents)["fragment NetworkMemberFields on NetworkMember {\n  id\n  name\n  relation\n  phone\n  email\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanItemFields on PlanItem {\n  ...PortalPlanItem\n  updatedAt\n  redaction {\n    organisationName\n    aboutNames\n    contactName\n    contactPhone\n    contactEmail\n  }\n  withheldFromFamilyReason\n  changedByOther\n  lastChangedBy {\n    type\n    id\n    name\n    organisationName\n  }\n}"): (typeof documents)["fragment PlanItemFields on PlanItem {\n  ...PortalPlanItem\n  updatedAt\n  redaction {\n    organisationName\n    aboutNames\n    contactName\n    contactPhone\n    contactEmail\n  }\n  withheldFromFamilyReason\n  changedByOther\n  lastChangedBy {\n    type\n    id\n    name\n    organisationName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanItemHistory($itemId: ID!) {\n  planItem(id: $itemId) {\n    id\n    history {\n      itemId\n      version\n      changedAt\n      changedBy {\n        type\n        id\n        name\n        organisationName\n      }\n      text\n      status\n      statusReason\n      dueOn\n      aboutMemberIds\n      goalId\n      assignee {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}"): (typeof documents)["query PlanItemHistory($itemId: ID!) {\n  planItem(id: $itemId) {\n    id\n    history {\n      itemId\n      version\n      changedAt\n      changedBy {\n        type\n        id\n        name\n        organisationName\n      }\n      text\n      status\n      statusReason\n      dueOn\n      aboutMemberIds\n      goalId\n      assignee {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegisseurTermFields on RegisseurTerm {\n  involvementId\n  professionalName\n  organisationName\n  startedAt\n  endedAt\n}"): (typeof documents)["fragment RegisseurTermFields on RegisseurTerm {\n  involvementId\n  professionalName\n  organisationName\n  startedAt\n  endedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendPortalInvitation($input: PortalInviteeInput!) {\n  resendPortalInvitation(input: $input)\n}"): (typeof documents)["mutation ResendPortalInvitation($input: PortalInviteeInput!) {\n  resendPortalInvitation(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}"): (typeof documents)["query PortalAccessLog($familyId: ID!, $limit: Int!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    accessLog(limit: $limit) {\n      ...AccessLogEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalConsents($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    closedAt\n    members {\n      id\n      givenName\n      familyName\n    }\n    involvements {\n      id\n      organisationName\n      professionalName\n      task\n      isRegisseur\n      endedAt\n    }\n    consents {\n      ...PortalConsent\n    }\n    institutionalAuthorities {\n      id\n      memberId\n      organisationName\n      startsOn\n      endsOn\n    }\n  }\n}\n\nfragment PortalConsent on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  effective\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  requiredConsenterIds\n  validFrom\n  validUntil\n  recordedAt\n  withdrawnAt\n  withdrawalNote\n}"): (typeof documents)["query PortalConsents($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    closedAt\n    members {\n      id\n      givenName\n      familyName\n    }\n    involvements {\n      id\n      organisationName\n      professionalName\n      task\n      isRegisseur\n      endedAt\n    }\n    consents {\n      ...PortalConsent\n    }\n    institutionalAuthorities {\n      id\n      memberId\n      organisationName\n      startsOn\n      endsOn\n    }\n  }\n}\n\nfragment PortalConsent on Consent {\n  id\n  subjectMemberId\n  purpose\n  recipientInvolvementIds\n  categories\n  effective\n  givenBy {\n    memberId\n    name\n    givenAt\n  }\n  requiredConsenterIds\n  validFrom\n  validUntil\n  recordedAt\n  withdrawnAt\n  withdrawalNote\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PortalFamilyHead on Family {\n  id\n  name\n  myRelation {\n    type\n    memberId\n  }\n}"): (typeof documents)["fragment PortalFamilyHead on Family {\n  id\n  name\n  myRelation {\n    type\n    memberId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalFamilyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    ...PlanClosureFields\n    members {\n      id\n      givenName\n      familyName\n      role\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n      task\n      memberIds\n      discipline\n      startsOn\n      endsOn\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}"): (typeof documents)["query PortalFamilyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    ...PortalFamilyHead\n    ...PlanClosureFields\n    members {\n      id\n      givenName\n      familyName\n      role\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n      task\n      memberIds\n      discipline\n      startsOn\n      endsOn\n    }\n    regisseurHistory {\n      ...RegisseurTermFields\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalFamily($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n    }\n  }\n}"): (typeof documents)["query PortalFamily($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    myRelation {\n      type\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalGiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...PortalConsent\n  }\n}"): (typeof documents)["mutation PortalGiveConsent($input: GiveConsentInput!) {\n  giveConsent(input: $input) {\n    ...PortalConsent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalMarkAgreementDone($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    id\n    status\n    statusReason\n    version\n  }\n}"): (typeof documents)["mutation PortalMarkAgreementDone($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    id\n    status\n    statusReason\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalRespondToPlanItem($input: RespondToPlanItemInput!) {\n  respondToPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}"): (typeof documents)["mutation PortalRespondToPlanItem($input: RespondToPlanItemInput!) {\n  respondToPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalWithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...PortalConsent\n  }\n}"): (typeof documents)["mutation PortalWithdrawConsent($input: WithdrawConsentInput!) {\n  withdrawConsent(input: $input) {\n    ...PortalConsent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchMyFamilies($input: SearchFamiliesInput!) {\n  searchMyFamilies(input: $input) {\n    familyId\n    name\n    nameMatched\n    matchingMembers {\n      id\n      givenName\n      familyName\n      dateOfBirth\n    }\n  }\n}"): (typeof documents)["query SearchMyFamilies($input: SearchFamiliesInput!) {\n  searchMyFamilies(input: $input) {\n    familyId\n    name\n    nameMatched\n    matchingMembers {\n      id\n      givenName\n      familyName\n      dateOfBirth\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddFamilyMember($input: AddFamilyMemberInput!) {\n  addFamilyMember(input: $input)\n}"): (typeof documents)["mutation AddFamilyMember($input: AddFamilyMemberInput!) {\n  addFamilyMember(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNetworkMember($input: AddNetworkMemberInput!) {\n  addNetworkMember(input: $input)\n}"): (typeof documents)["mutation AddNetworkMember($input: AddNetworkMemberInput!) {\n  addNetworkMember(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFamily($input: CreateFamilyInput!) {\n  createFamily(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateFamily($input: CreateFamilyInput!) {\n  createFamily(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndInstitutionalAuthority($input: EndInstitutionalAuthorityInput!) {\n  endInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}"): (typeof documents)["mutation EndInstitutionalAuthority($input: EndInstitutionalAuthorityInput!) {\n  endInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyPeople($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    members {\n      version\n    }\n    involvements {\n      id\n      organisationId\n      organisationName\n      organisationType\n      endedAt\n    }\n    institutionalAuthorities {\n      ...InstitutionalAuthorityFields\n    }\n    network {\n      ...NetworkMemberFields\n      version\n    }\n  }\n}"): (typeof documents)["query FamilyPeople($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    members {\n      version\n    }\n    involvements {\n      id\n      organisationId\n      organisationName\n      organisationType\n      endedAt\n    }\n    institutionalAuthorities {\n      ...InstitutionalAuthorityFields\n    }\n    network {\n      ...NetworkMemberFields\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstitutionalAuthorityFields on InstitutionalAuthority {\n  id\n  memberId\n  organisationId\n  organisationName\n  startsOn\n  endsOn\n  ruling\n}"): (typeof documents)["fragment InstitutionalAuthorityFields on InstitutionalAuthority {\n  id\n  memberId\n  organisationId\n  organisationName\n  startsOn\n  endsOn\n  ruling\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkMemberHistory($networkMemberId: ID!) {\n  networkMember(id: $networkMemberId) {\n    id\n    history {\n      version\n      name\n      relation\n      phone\n      email\n      replacedAt\n      replacedBy {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}"): (typeof documents)["query NetworkMemberHistory($networkMemberId: ID!) {\n  networkMember(id: $networkMemberId) {\n    id\n    history {\n      version\n      name\n      relation\n      phone\n      email\n      replacedAt\n      replacedBy {\n        type\n        id\n        name\n        organisationName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInActivePlans($people: [PersonToPlaceInput!]!) {\n  peopleInActivePlans(people: $people) {\n    matchedBy\n    regisseurName\n    organisationName\n    phone\n    email\n  }\n}"): (typeof documents)["query PeopleInActivePlans($people: [PersonToPlaceInput!]!) {\n  peopleInActivePlans(people: $people) {\n    matchedBy\n    regisseurName\n    organisationName\n    phone\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordInstitutionalAuthority($input: RecordInstitutionalAuthorityInput!) {\n  recordInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}"): (typeof documents)["mutation RecordInstitutionalAuthority($input: RecordInstitutionalAuthorityInput!) {\n  recordInstitutionalAuthority(input: $input) {\n    ...InstitutionalAuthorityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFamilyMember($input: UpdateFamilyMemberInput!) {\n  updateFamilyMember(input: $input) {\n    ...FamilyMemberFields\n    version\n  }\n}"): (typeof documents)["mutation UpdateFamilyMember($input: UpdateFamilyMemberInput!) {\n  updateFamilyMember(input: $input) {\n    ...FamilyMemberFields\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNetworkMember($input: UpdateNetworkMemberInput!) {\n  updateNetworkMember(input: $input) {\n    ...NetworkMemberFields\n    version\n  }\n}"): (typeof documents)["mutation UpdateNetworkMember($input: UpdateNetworkMemberInput!) {\n  updateNetworkMember(input: $input) {\n    ...NetworkMemberFields\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFamilies {\n  myFamilies {\n    id\n    name\n  }\n}"): (typeof documents)["query MyFamilies {\n  myFamilies {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndInvolvement($input: EndInvolvementInput!) {\n  endInvolvement(input: $input)\n}"): (typeof documents)["mutation EndInvolvement($input: EndInvolvementInput!) {\n  endInvolvement(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyInvolvements($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    legalBases {\n      ...LegalBasisFields\n    }\n  }\n}"): (typeof documents)["query FamilyInvolvements($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithConsentRequirements\n    legalBases {\n      ...LegalBasisFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandOverRegisseur($input: HandOverRegisseurInput!) {\n  handOverRegisseur(input: $input)\n}"): (typeof documents)["mutation HandOverRegisseur($input: HandOverRegisseurInput!) {\n  handOverRegisseur(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HandoverProposalFields on RegisseurHandoverProposal {\n  id\n  familyId\n  familyName\n  toInvolvementId\n  toProfessionalName\n  proposedByName\n  note\n  proposedAt\n}\n\nquery MyRegisseurHandoverProposals {\n  myRegisseurHandoverProposals {\n    ...HandoverProposalFields\n  }\n}\n\nmutation AcceptRegisseurHandover($proposalId: ID!) {\n  acceptRegisseurHandover(proposalId: $proposalId)\n}\n\nmutation DeclineRegisseurHandover($input: DeclineRegisseurHandoverInput!) {\n  declineRegisseurHandover(input: $input)\n}\n\nmutation WithdrawRegisseurHandover($proposalId: ID!) {\n  withdrawRegisseurHandover(proposalId: $proposalId)\n}"): (typeof documents)["fragment HandoverProposalFields on RegisseurHandoverProposal {\n  id\n  familyId\n  familyName\n  toInvolvementId\n  toProfessionalName\n  proposedByName\n  note\n  proposedAt\n}\n\nquery MyRegisseurHandoverProposals {\n  myRegisseurHandoverProposals {\n    ...HandoverProposalFields\n  }\n}\n\nmutation AcceptRegisseurHandover($proposalId: ID!) {\n  acceptRegisseurHandover(proposalId: $proposalId)\n}\n\nmutation DeclineRegisseurHandover($input: DeclineRegisseurHandoverInput!) {\n  declineRegisseurHandover(input: $input)\n}\n\nmutation WithdrawRegisseurHandover($proposalId: ID!) {\n  withdrawRegisseurHandover(proposalId: $proposalId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitableOrganisations($familyId: ID!) {\n  invitableOrganisations(familyId: $familyId) {\n    id\n    name\n    type\n  }\n}"): (typeof documents)["query InvitableOrganisations($familyId: ID!) {\n  invitableOrganisations(familyId: $familyId) {\n    id\n    name\n    type\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitableProfessionals($familyId: ID!, $organisationId: ID!) {\n  invitableProfessionals(familyId: $familyId, organisationId: $organisationId) {\n    id\n    displayName\n    discipline\n    email\n  }\n}"): (typeof documents)["query InvitableProfessionals($familyId: ID!, $organisationId: ID!) {\n  invitableProfessionals(familyId: $familyId, organisationId: $organisationId) {\n    id\n    displayName\n    discipline\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteInvolvement($input: InviteInvolvementInput!) {\n  inviteInvolvement(input: $input)\n}"): (typeof documents)["mutation InviteInvolvement($input: InviteInvolvementInput!) {\n  inviteInvolvement(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvolvementFields on Involvement {\n  id\n  professionalName\n  organisationId\n  organisationName\n  organisationType\n  discipline\n  task\n  email\n  phone\n  categories\n  memberIds\n  startsOn\n  endsOn\n  endedAt\n  endedReason\n  isRegisseur\n  version\n}\n\nfragment FamilyWithInvolvements on Family {\n  ...FamilyPageFields\n  myRelation {\n    involvementId\n  }\n  involvements {\n    ...InvolvementFields\n  }\n}"): (typeof documents)["fragment InvolvementFields on Involvement {\n  id\n  professionalName\n  organisationId\n  organisationName\n  organisationType\n  discipline\n  task\n  email\n  phone\n  categories\n  memberIds\n  startsOn\n  endsOn\n  endedAt\n  endedReason\n  isRegisseur\n  version\n}\n\nfragment FamilyWithInvolvements on Family {\n  ...FamilyPageFields\n  myRelation {\n    involvementId\n  }\n  involvements {\n    ...InvolvementFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisseurHandover($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithInvolvements\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n  }\n}"): (typeof documents)["query RegisseurHandover($id: ID!) {\n  family(id: $id) {\n    ...FamilyWithInvolvements\n    openRegisseurHandover {\n      ...HandoverProposalFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LegalBasisFields on LegalBasis {\n  id\n  kind\n  reference\n  recipientInvolvementId\n  subjectMemberIds\n  categories\n  purpose\n  necessaryInformation\n  proportionality\n  subsidiarity\n  professionalSecrecy\n  familyInformedAt\n  informingDelayReason\n  validUntil\n  recordedAt\n  recordedByName\n  revokedAt\n}"): (typeof documents)["fragment LegalBasisFields on LegalBasis {\n  id\n  kind\n  reference\n  recipientInvolvementId\n  subjectMemberIds\n  categories\n  purpose\n  necessaryInformation\n  proportionality\n  subsidiarity\n  professionalSecrecy\n  familyInformedAt\n  informingDelayReason\n  validUntil\n  recordedAt\n  recordedByName\n  revokedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegalBasisRecording($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    involvements {\n      ...InvolvementFields\n    }\n  }\n}"): (typeof documents)["query LegalBasisRecording($id: ID!) {\n  family(id: $id) {\n    ...FamilyPageFields\n    involvements {\n      ...InvolvementFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFamilyInformed($input: RecordFamilyInformedInput!) {\n  recordFamilyInformed(input: $input) {\n    ...LegalBasisFields\n  }\n}"): (typeof documents)["mutation RecordFamilyInformed($input: RecordFamilyInformedInput!) {\n  recordFamilyInformed(input: $input) {\n    ...LegalBasisFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLegalBasis($input: RecordLegalBasisInput!) {\n  recordLegalBasis(input: $input) {\n    ...LegalBasisFields\n  }\n}"): (typeof documents)["mutation RecordLegalBasis($input: RecordLegalBasisInput!) {\n  recordLegalBasis(input: $input) {\n    ...LegalBasisFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeLegalBasis($id: ID!) {\n  revokeLegalBasis(id: $id) {\n    ...LegalBasisFields\n  }\n}"): (typeof documents)["mutation RevokeLegalBasis($id: ID!) {\n  revokeLegalBasis(id: $id) {\n    ...LegalBasisFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkSafetyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    ...PlanClosureFields\n    myRelation {\n      type\n      networkMemberId\n    }\n    members {\n      id\n      givenName\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}"): (typeof documents)["query NetworkSafetyPlan($familyId: ID!) {\n  family(id: $familyId) {\n    id\n    name\n    ...PlanClosureFields\n    myRelation {\n      type\n      networkMemberId\n    }\n    members {\n      id\n      givenName\n    }\n    network {\n      ...NetworkMemberFields\n    }\n    involvements {\n      ...PortalInvolvement\n    }\n    plan {\n      ...PortalPlanItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings {\n  notificationSettings {\n    email\n    unread\n  }\n}"): (typeof documents)["query NotificationSettings {\n  notificationSettings {\n    email\n    unread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n  setNotificationEmail(input: $input) {\n    email\n    unread\n  }\n}"): (typeof documents)["mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n  setNotificationEmail(input: $input) {\n    email\n    unread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCalendar($weeks: Int) {\n  myCalendar(weeks: $weeks) {\n    from\n    until\n    entries {\n      familyId\n      familyName\n      itemId\n      kind\n      on\n      text\n      status\n      assigneeName\n    }\n  }\n}"): (typeof documents)["query MyCalendar($weeks: Int) {\n  myCalendar(weeks: $weeks) {\n    from\n    until\n    entries {\n      familyId\n      familyName\n      itemId\n      kind\n      on\n      text\n      status\n      assigneeName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOverview {\n  myOverview {\n    involvements {\n      involvementId\n      familyId\n      familyName\n      task\n      isRegisseur\n      lastPlanChangeAt\n      stalled\n    }\n    agreementsNeedingAttention {\n      ...OverviewItemFields\n    }\n    evaluationsDue {\n      ...OverviewItemFields\n    }\n    stalledPlans {\n      involvementId\n      familyId\n      familyName\n      lastPlanChangeAt\n    }\n    myOpenAgreements {\n      ...OverviewItemFields\n    }\n    closedPlans {\n      involvementId\n      familyId\n      familyName\n      isRegisseur\n      closedAt\n      closingReason\n    }\n  }\n}\n\nfragment OverviewItemFields on OverviewItem {\n  itemId\n  familyId\n  familyName\n  kind\n  text\n  dueOn\n  status\n  statusReason\n  assigneeName\n}"): (typeof documents)["query MyOverview {\n  myOverview {\n    involvements {\n      involvementId\n      familyId\n      familyName\n      task\n      isRegisseur\n      lastPlanChangeAt\n      stalled\n    }\n    agreementsNeedingAttention {\n      ...OverviewItemFields\n    }\n    evaluationsDue {\n      ...OverviewItemFields\n    }\n    stalledPlans {\n      involvementId\n      familyId\n      familyName\n      lastPlanChangeAt\n    }\n    myOpenAgreements {\n      ...OverviewItemFields\n    }\n    closedPlans {\n      involvementId\n      familyId\n      familyName\n      isRegisseur\n      closedAt\n      closingReason\n    }\n  }\n}\n\nfragment OverviewItemFields on OverviewItem {\n  itemId\n  familyId\n  familyName\n  kind\n  text\n  dueOn\n  status\n  statusReason\n  assigneeName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...CurrentViewer\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...CurrentViewer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanClosureFields on Family {\n  closedAt\n  closureHistory {\n    id\n    action\n    closingReason\n    explanation\n    finalEvaluation\n    at\n    byName\n  }\n}\n\nquery PlanClosurePage($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    myRelation {\n      isRegisseur\n    }\n    ...PlanClosureFields\n  }\n}\n\nmutation ClosePlan($input: ClosePlanInput!) {\n  closePlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}\n\nmutation ReopenPlan($input: ReopenPlanInput!) {\n  reopenPlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}"): (typeof documents)["fragment PlanClosureFields on Family {\n  closedAt\n  closureHistory {\n    id\n    action\n    closingReason\n    explanation\n    finalEvaluation\n    at\n    byName\n  }\n}\n\nquery PlanClosurePage($id: ID!) {\n  family(id: $id) {\n    id\n    name\n    myRelation {\n      isRegisseur\n    }\n    ...PlanClosureFields\n  }\n}\n\nmutation ClosePlan($input: ClosePlanInput!) {\n  closePlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}\n\nmutation ReopenPlan($input: ReopenPlanInput!) {\n  reopenPlan(input: $input) {\n    id\n    ...PlanClosureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddPlanItem($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}"): (typeof documents)["mutation AddPlanItem($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePlanItem($input: RemovePlanItemInput!) {\n  removePlanItem(input: $input)\n}"): (typeof documents)["mutation RemovePlanItem($input: RemovePlanItemInput!) {\n  removePlanItem(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAgreementStatus($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    ...PlanItemFields\n  }\n}"): (typeof documents)["mutation SetAgreementStatus($input: SetAgreementStatusInput!) {\n  setAgreementStatus(input: $input) {\n    ...PlanItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n  updatePlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}"): (typeof documents)["mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n  updatePlanItem(input: $input) {\n    ...PlanItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithholdFromFamily($input: WithholdFromFamilyInput!) {\n  withholdFromFamily(input: $input) {\n    ...PlanItemFields\n  }\n}"): (typeof documents)["mutation WithholdFromFamily($input: WithholdFromFamilyInput!) {\n  withholdFromFamily(input: $input) {\n    ...PlanItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalAddLogEntry($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}"): (typeof documents)["mutation PortalAddLogEntry($input: AddPlanItemInput!) {\n  addPlanItem(input: $input) {\n    ...PortalPlanItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PortalInvolvement on Involvement {\n  id\n  organisationName\n  professionalName\n  phone\n  email\n  isRegisseur\n  endedAt\n}"): (typeof documents)["fragment PortalInvolvement on Involvement {\n  id\n  organisationName\n  professionalName\n  phone\n  email\n  isRegisseur\n  endedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PortalPlanItem on PlanItem {\n  id\n  kind\n  category\n  access\n  aboutMemberIds\n  author {\n    id\n    type\n    name\n    organisationName\n  }\n  assignee {\n    id\n    type\n    name\n    organisationName\n  }\n  createdAt\n  version\n  targetItemId\n  text\n  status\n  statusReason\n  dueOn\n  lifeDomain\n  aspect\n  goalId\n  outcome\n  changes\n  familyView\n  nextEvaluationOn\n  goalOutcomes {\n    goalId\n    result\n  }\n  invitedInvolvementIds\n  invitedMemberIds\n  invitesYou\n  invitedProfessionals {\n    id\n    type\n    name\n    organisationName\n  }\n  planB\n  contactName\n  contactPhone\n  startsOn\n  endsOn\n  safetyForChild\n  safetyForParents\n  safetyForProfessionals\n  weekday\n  cancelContact\n  recordedWith\n  occurredOn\n}"): (typeof documents)["fragment PortalPlanItem on PlanItem {\n  id\n  kind\n  category\n  access\n  aboutMemberIds\n  author {\n    id\n    type\n    name\n    organisationName\n  }\n  assignee {\n    id\n    type\n    name\n    organisationName\n  }\n  createdAt\n  version\n  targetItemId\n  text\n  status\n  statusReason\n  dueOn\n  lifeDomain\n  aspect\n  goalId\n  outcome\n  changes\n  familyView\n  nextEvaluationOn\n  goalOutcomes {\n    goalId\n    result\n  }\n  invitedInvolvementIds\n  invitedMemberIds\n  invitesYou\n  invitedProfessionals {\n    id\n    type\n    name\n    organisationName\n  }\n  planB\n  contactName\n  contactPhone\n  startsOn\n  endsOn\n  safetyForChild\n  safetyForParents\n  safetyForProfessionals\n  weekday\n  cancelContact\n  recordedWith\n  occurredOn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id)\n}"): (typeof documents)["mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyNotifications {\n  myNotifications {\n    id\n    kind\n    message\n    familyId\n    familyName\n    settled\n    createdAt\n    readAt\n  }\n}"): (typeof documents)["query MyNotifications {\n  myNotifications {\n    id\n    kind\n    message\n    familyId\n    familyName\n    settled\n    createdAt\n    readAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySignals {\n  mySignals {\n    ...SignalMatchFields\n  }\n}"): (typeof documents)["query MySignals {\n  mySignals {\n    ...SignalMatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisseurProposal($subjectIds: [ID!]!) {\n  regisseurProposal(subjectIds: $subjectIds) {\n    reason\n    signal {\n      ...SignalFields\n    }\n  }\n}"): (typeof documents)["query RegisseurProposal($subjectIds: [ID!]!) {\n  regisseurProposal(subjectIds: $subjectIds) {\n    reason\n    signal {\n      ...SignalFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterSignal($input: RegisterSignalInput!) {\n  registerSignal(input: $input) {\n    ...SignalMatchFields\n  }\n}"): (typeof documents)["mutation RegisterSignal($input: RegisterSignalInput!) {\n  registerSignal(input: $input) {\n    ...SignalMatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignalFields on Signal {\n  id\n  subjectId\n  professionalName\n  organisationName\n  organisationType\n  domain\n  contactPhone\n  contactEmail\n  registeredAt\n  expiresAt\n  mine\n  familyId\n}\n\nfragment SignalSubjectFields on SignalSubject {\n  id\n  givenName\n  familyName\n  dateOfBirth\n  address\n}\n\nfragment SignalMatchFields on SignalMatch {\n  isMatch\n  subject {\n    ...SignalSubjectFields\n  }\n  signals {\n    ...SignalFields\n  }\n  siblings {\n    ...SignalSubjectFields\n  }\n  siblingSignals {\n    ...SignalFields\n  }\n  existingPlan {\n    ...ExistingPlanFields\n  }\n}\n\nfragment ExistingPlanFields on ExistingPlan {\n  matchedBy\n  regisseurName\n  organisationName\n  phone\n  email\n}"): (typeof documents)["fragment SignalFields on Signal {\n  id\n  subjectId\n  professionalName\n  organisationName\n  organisationType\n  domain\n  contactPhone\n  contactEmail\n  registeredAt\n  expiresAt\n  mine\n  familyId\n}\n\nfragment SignalSubjectFields on SignalSubject {\n  id\n  givenName\n  familyName\n  dateOfBirth\n  address\n}\n\nfragment SignalMatchFields on SignalMatch {\n  isMatch\n  subject {\n    ...SignalSubjectFields\n  }\n  signals {\n    ...SignalFields\n  }\n  siblings {\n    ...SignalSubjectFields\n  }\n  siblingSignals {\n    ...SignalFields\n  }\n  existingPlan {\n    ...ExistingPlanFields\n  }\n}\n\nfragment ExistingPlanFields on ExistingPlan {\n  matchedBy\n  regisseurName\n  organisationName\n  phone\n  email\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignalLookUp($bsn: String!) {\n  signalLookUp(bsn: $bsn) {\n    ...SignalMatchFields\n  }\n}"): (typeof documents)["query SignalLookUp($bsn: String!) {\n  signalLookUp(bsn: $bsn) {\n    ...SignalMatchFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartPlanFromMatch($input: StartPlanFromMatchInput!) {\n  startPlanFromMatch(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation StartPlanFromMatch($input: StartPlanFromMatchInput!) {\n  startPlanFromMatch(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawSignal($input: WithdrawSignalInput!) {\n  withdrawSignal(input: $input)\n}"): (typeof documents)["mutation WithdrawSignal($input: WithdrawSignalInput!) {\n  withdrawSignal(input: $input)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;