/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AccountKind =
  | 'FAMILY_MEMBER'
  | 'NETWORK_MEMBER'
  | 'ORGANISATION_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'PROFESSIONAL';

export type AddFamilyMemberInput = {
  /** YYYY-MM-DD */
  dateOfBirth: Scalars['String']['input'];
  familyId: Scalars['ID']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  hasParentalAuthority?: Scalars['Boolean']['input'];
  livesAtHome?: Scalars['Boolean']['input'];
  role: FamilyRole;
};

export type AddNetworkMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** In the family’s words: grandmother, neighbour, football coach. */
  relation: Scalars['String']['input'];
};

export type AddPlanItemInput = {
  aboutMemberIds?: Array<Scalars['ID']['input']>;
  aspect?: InputMaybe<SituationAspect>;
  assignee?: InputMaybe<PartyInput>;
  cancelContact?: InputMaybe<Scalars['String']['input']>;
  category: InformationCategory;
  changes?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  kind: PlanItemKind;
  lifeDomain?: InputMaybe<LifeDomain>;
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  planB?: InputMaybe<Scalars['String']['input']>;
  safetyForChild?: InputMaybe<Scalars['String']['input']>;
  safetyForParents?: InputMaybe<Scalars['String']['input']>;
  safetyForProfessionals?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusReason?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** 1 (Monday) to 7 (Sunday). */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

export type ConsentPurpose =
  | 'INFORM_FAMILY'
  | 'PLAN_EXCHANGE';

export type CreateFamilyInput = {
  members: Array<FamilyMemberInput>;
  /** How the family is known in the plan, e.g. "Gezin De Boer". */
  name: Scalars['String']['input'];
  network?: Array<NetworkMemberInput>;
  regisseurCategories?: Array<InformationCategory>;
  /** The creator becomes regisseur with this task. */
  regisseurTask: Scalars['String']['input'];
};

export type EndInvolvementInput = {
  expectedVersion: Scalars['Int']['input'];
  involvementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type FamilyMemberInput = {
  /** YYYY-MM-DD */
  dateOfBirth: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  hasParentalAuthority?: Scalars['Boolean']['input'];
  livesAtHome?: Scalars['Boolean']['input'];
  role: FamilyRole;
};

export type FamilyRole =
  | 'CHILD'
  | 'OTHER_HOUSEHOLD_MEMBER'
  | 'PARENT';

export type GiveConsentInput = {
  consentId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};

export type HandOverRegisseurInput = {
  familyId: Scalars['ID']['input'];
  /** What the next regisseur needs to know. */
  note: Scalars['String']['input'];
  /** The active involvement that takes over. */
  toInvolvementId: Scalars['ID']['input'];
};

export type InformationCategory =
  | 'ADDICTION'
  | 'FINANCES'
  | 'GENERAL'
  | 'MENTAL_HEALTH'
  | 'POLICE_JUSTICE'
  | 'SAFETY'
  | 'SCHOOL';

export type InviteInvolvementInput = {
  categories: Array<InformationCategory>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  /** The professional’s e-mail address, as their organisation registered it. */
  professionalEmail: Scalars['String']['input'];
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** A concrete task, e.g. "school: attendance and Lisanne’s wellbeing in class". */
  task: Scalars['String']['input'];
};

export type LegalBasisKind =
  | 'GOOD_CARE_PROVIDER'
  | 'MELDCODE'
  | 'SUPERVISION_ORDER';

export type LifeDomain =
  | 'FINANCES'
  | 'HEALTH'
  | 'HOUSING'
  | 'PARENTING'
  | 'SAFETY'
  | 'SCHOOL_WORK'
  | 'SOCIAL_NETWORK';

export type NetworkMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** In the family’s words: grandmother, neighbour, football coach. */
  relation: Scalars['String']['input'];
};

export type OrganisationType =
  | 'ADDICTION_CARE'
  | 'ADULT_MENTAL_HEALTH'
  | 'CHILD_PROTECTION_BOARD'
  | 'GENERAL_PRACTITIONER'
  | 'HOME_SUPPORT'
  | 'MIDWIFE'
  | 'NEIGHBOURHOOD_TEAM'
  | 'OTHER'
  | 'POLICE'
  | 'SCHOOL'
  | 'VEILIG_THUIS'
  | 'YOUTH_MENTAL_HEALTH'
  | 'YOUTH_PROTECTION';

export type PartyInput = {
  id: Scalars['ID']['input'];
  type: PartyType;
};

export type PartyType =
  | 'FAMILY_MEMBER'
  | 'INVOLVEMENT'
  | 'NETWORK_MEMBER';

export type PlanItemKind =
  | 'AGREEMENT'
  | 'CHILD_VOICE'
  | 'COMMENT'
  | 'EVALUATION'
  | 'GOAL'
  | 'LOG_ENTRY'
  | 'OWN_VIEW'
  | 'ROSTER_ENTRY'
  | 'SAFETY_AGREEMENT'
  | 'SAFETY_CONDITION'
  | 'SAFETY_PLAN'
  | 'SITUATION';

export type ReadAccess =
  | 'FULL'
  | 'REDACTED';

export type RecordConsentInput = {
  categories?: Array<InformationCategory>;
  familyId: Scalars['ID']['input'];
  /** The family members who gave their consent. */
  givenByMemberIds: Array<Scalars['ID']['input']>;
  purpose: ConsentPurpose;
  /** For PLAN_EXCHANGE: the involvements that may receive. */
  recipientInvolvementIds?: Array<Scalars['ID']['input']>;
  /** Whose information may be shared. */
  subjectMemberId: Scalars['ID']['input'];
  /** YYYY-MM-DD; today when absent. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type RecordFamilyInformedInput = {
  /** When the family was told (ISO date-time). */
  informedAt: Scalars['String']['input'];
  legalBasisId: Scalars['ID']['input'];
};

/** Sharing without consent, with the six documented steps of the Meldcode / privacy law. */
export type RecordLegalBasisInput = {
  /** Step 3: which information is really needed. */
  categories: Array<InformationCategory>;
  familyId: Scalars['ID']['input'];
  /** When the family was told (ISO date-time), if before. */
  familyInformedAt?: InputMaybe<Scalars['String']['input']>;
  /** Why the family is told only afterwards. */
  informingDelayReason?: InputMaybe<Scalars['String']['input']>;
  /** Step 1: the legal basis. */
  kind: LegalBasisKind;
  /** Step 3: which information is really needed, and why. */
  necessaryInformation: Scalars['String']['input'];
  /** Step 6: professional secrecy considered. */
  professionalSecrecy: Scalars['String']['input'];
  /** Step 4: proportionality. */
  proportionality: Scalars['String']['input'];
  /** Step 2: the purpose. */
  purpose: Scalars['String']['input'];
  recipientInvolvementId: Scalars['ID']['input'];
  /** For example the court’s case number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  subjectMemberIds: Array<Scalars['ID']['input']>;
  /** Step 5: subsidiarity: could it be done anonymously or otherwise? */
  subsidiarity: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type RemovePlanItemInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RespondToPlanItemInput = {
  /** COMMENT or OWN_VIEW. */
  kind: PlanItemKind;
  targetItemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type SetAgreementStatusInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** OPEN, DONE or NOT_KEPT. */
  status: Scalars['String']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SituationAspect =
  | 'CONCERN'
  | 'STRENGTH';

export type UpdatePlanItemInput = {
  aboutMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  aspect?: InputMaybe<SituationAspect>;
  assignee?: InputMaybe<PartyInput>;
  cancelContact?: InputMaybe<Scalars['String']['input']>;
  changes?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a newer one on the server gives CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  lifeDomain?: InputMaybe<LifeDomain>;
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  planB?: InputMaybe<Scalars['String']['input']>;
  safetyForChild?: InputMaybe<Scalars['String']['input']>;
  safetyForParents?: InputMaybe<Scalars['String']['input']>;
  safetyForProfessionals?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  statusReason?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** 1 (Monday) to 7 (Sunday). */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

export type WithdrawConsentInput = {
  consentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type WithholdFromFamilyInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The recorded reason; null releases the item to the family. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CurrentViewerFragment = { __typename?: 'Viewer', id: string, displayName: string, kind: AccountKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, displayName: string, kind: AccountKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'Viewer', id: string, displayName: string, kind: AccountKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export const CurrentViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentViewerFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentViewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentViewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;