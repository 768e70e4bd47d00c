import { FamilyRole, InformationCategory, PlanItemKind } from '@gezinsplan/domain';

/** What the policy needs to know about one family member. */
export interface MemberFact {
  id: string;
  role: FamilyRole;
  dateOfBirth: string;
  hasParentalAuthority: boolean;
}

export const ConsentPurpose = {
  /** Exchange between the involved professionals for the family plan. */
  PlanExchange: 'PLAN_EXCHANGE',
  /** A young person of 16 or over lets the rest of the family read what is about them. */
  InformFamily: 'INFORM_FAMILY',
  /**
   * Agreed in the family meeting: the content of the plan's agreements about
   * this member, in the named categories, is shared with every involved professional.
   */
  ShareAgreedPlan: 'SHARE_AGREED_PLAN',
} as const;

export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

export interface ConsentFact {
  id: string;
  subjectMemberId: string;
  purpose: ConsentPurpose;
  /** For PLAN_EXCHANGE: which involvements may receive. */
  recipientInvolvementIds: readonly string[];
  categories: readonly InformationCategory[];
  /** Family members who gave this consent. */
  givenByMemberIds: readonly string[];
  /** Certified institutions (organisation ids) that gave it, through one of their professionals. */
  givenByOrganisationIds: readonly string[];
  validFrom: string;
  validUntil: string | null;
  withdrawn: boolean;
}

export const LegalBasisKind = {
  SupervisionOrder: 'SUPERVISION_ORDER',
  Meldcode: 'MELDCODE',
  GoodCareProvider: 'GOOD_CARE_PROVIDER',
} as const;

export type LegalBasisKind = (typeof LegalBasisKind)[keyof typeof LegalBasisKind];

/** Sharing without consent, on a recorded basis, to one recipient. */
export interface LegalBasisFact {
  id: string;
  kind: LegalBasisKind;
  recipientInvolvementId: string;
  subjectMemberIds: readonly string[];
  categories: readonly InformationCategory[];
  validUntil: string | null;
  revoked: boolean;
  /**
   * The family is to be told afterwards and nobody has recorded yet that they
   * were told: until then the family sees nothing that reveals it.
   */
  awaitingFamilyTold: boolean;
}

/**
 * Parental authority over a minor that lies with a certified institution
 * (gecertificeerde instelling) after a court's ruling: the institution decides
 * in the parents' place, through its professionals in this family.
 */
export interface InstitutionalAuthorityFact {
  id: string;
  memberId: string;
  organisationId: string;
  /** The institution's involvements in the family that are not ended: their professionals act for it. */
  involvementIds: readonly string[];
  startsOn: string;
  endsOn: string | null;
}

export interface FamilyFacts {
  /** The day on which ages and validity are judged (YYYY-MM-DD, Dutch time). */
  today: string;
  members: readonly MemberFact[];
  consents: readonly ConsentFact[];
  legalBases: readonly LegalBasisFact[];
  institutionalAuthorities: readonly InstitutionalAuthorityFact[];
}

export interface InvolvementFact {
  id: string;
  categories: readonly InformationCategory[];
  memberIds: readonly string[];
  isRegisseur: boolean;
}

/** How the asking person relates to the family. Only an active involvement or membership gives access. */
export type Relation =
  | { type: 'PROFESSIONAL'; involvement: InvolvementFact }
  | { type: 'FAMILY_MEMBER'; memberId: string }
  | { type: 'NETWORK_MEMBER'; networkMemberId: string }
  | { type: 'NONE' };

/** A professional's relation through one involvement: the API, the web and the benchmark's floor build it alike. */
export function professionalRelation(
  involvement: Pick<InvolvementFact, 'id' | 'categories' | 'memberIds'>,
  isRegisseur: boolean,
): Relation {
  return { type: 'PROFESSIONAL', involvement: { id: involvement.id, categories: involvement.categories, memberIds: involvement.memberIds, isRegisseur } };
}

export interface Party {
  involvementId?: string | null;
  memberId?: string | null;
  networkMemberId?: string | null;
}

/** The facts of one plan item that access depends on, never its content. */
export interface ItemFacts {
  kind: PlanItemKind;
  category: InformationCategory;
  aboutMemberIds: readonly string[];
  author: Party;
  /** Who must act: for agreements, safety agreements and roster entries. */
  assignee: Party | null;
  withheldFromFamily: boolean;
  /**
   * Evaluations: the family members and the professionals (involvements) it
   * invites; empty for other kinds. An invitation is never hidden from whom it invites.
   */
  invitedMemberIds: readonly string[];
  invitedInvolvementIds: readonly string[];
}
