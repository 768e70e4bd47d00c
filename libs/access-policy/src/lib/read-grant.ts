import {
  ageOn,
  AUTHORITY_ROLES,
  FamilyRole,
  INDEPENDENT_CONSENT_AGE,
  INFORMATION_CATEGORIES,
  InformationCategory,
  PlanItemKind,
  PORTAL_MINIMUM_AGE,
  REGISSEUR_CATEGORIES,
} from '@gezinsplan/domain';
import { agreedPlanSharing, authorityInstitution, exchangeBasis, ExchangeBasis, holdsAuthority, isMinor, sharesWithFamily, undisclosedInvolvementIds } from './consent';
import { FamilyFacts, InvolvementFact, Party, Relation } from './facts';

export type ReadAccess = 'FULL' | 'REDACTED' | 'HIDDEN';

/** Why someone may read: recorded with every access-log line. */
export type ReadBasis =
  | { type: 'AUTHOR' }
  | { type: 'REGISSEUR' }
  | { type: 'INVOLVEMENT_TASK' }
  | { type: 'FAMILY_OWN' }
  | { type: 'NETWORK_ROLE' }
  | ExchangeBasis
  | { type: 'AGREED_PLAN_SHARED'; consentId: string }
  | { type: 'INSTITUTIONAL_AUTHORITY'; institutionalAuthorityId: string };

export interface CategoryGrant {
  /** Items about these members are readable in full. */
  memberIds: string[];
  /** Items about nobody in particular (the family as a whole) are readable in full. */
  familyWide: boolean;
  bases: ReadBasis[];
}

/**
 * Everything one person may read in one family, computed once per request
 * from the rules and then applied to items: by `readAccess` in code and by the
 * same predicate in SQL, so that lists are filtered in the database.
 */
export interface ReadGrant {
  relation: Relation['type'];
  /** Items written by this party are always readable in full. */
  self: Party;
  categories: Partial<Record<InformationCategory, CategoryGrant>>;
  /**
   * Agreements are read by these instead of `categories`: the family's consent to
   * share the agreed plan opens agreement content to every involved professional,
   * and every family member reads the family-wide agreements.
   */
  agreementCategories: Partial<Record<InformationCategory, CategoryGrant>>;
  /** 'ALL': every member the item is about must be granted (professionals); 'ANY': one suffices (the family). */
  match: 'ALL' | 'ANY';
  /** Category grants apply only to these kinds (network members); null means all kinds. */
  categoryKinds: PlanItemKind[] | null;
  /** Readable in full whatever their category: who does what by when. */
  openKinds: PlanItemKind[];
  /** Readable in full when this party is the assignee. */
  assignedKinds: PlanItemKind[];
  /** Items about any of these members are hidden, whoever wrote them. */
  hiddenMemberIds: string[];
  /**
   * Items written by, or assigned to, these involvements are hidden: the family
   * is told of them afterwards and has not been told yet.
   */
  hiddenInvolvementIds: string[];
  /**
   * Whose tasks this person reads in "who is involved" (`readsInvolvementTask`): null, every
   * task; otherwise their own, the regisseur's (when `regisseur`), those about one of these
   * members or in one of these categories, and (when `sharedWork`) those in a category this
   * grant reads about a member the task concerns. The others are listed without their task.
   */
  involvementScope: { regisseur: boolean; memberIds: string[]; categories: InformationCategory[]; sharedWork: boolean } | null;
  /** Items the regisseur withheld from the family are hidden. */
  respectsWithholding: boolean;
  /**
   * Whether a redacted agreement's stub says where it stands (open, done, not kept): the
   * regisseur sees at a glance what is overdue or not kept (domain.md section 3); for anyone
   * else whether a person kept an agreement is its content (`stubCarriesStatus`).
   */
  seesAgreementProgress: boolean;
  /**
   * Which lines of the family's access log this person reads: their own, and
   * those about these members (with `familyWide`, also those about nobody in
   * particular). Null: every line (the regisseur).
   */
  logScope: { memberIds: string[]; familyWide: boolean } | null;
  /** What the rest is: a stub that says whom to ask, or nothing at all. */
  otherwise: Exclude<ReadAccess, 'FULL'>;
}

const NOTHING: ReadGrant = {
  relation: 'NONE',
  self: {},
  categories: {},
  agreementCategories: {},
  match: 'ALL',
  categoryKinds: null,
  openKinds: [],
  assignedKinds: [],
  hiddenMemberIds: [],
  hiddenInvolvementIds: [],
  involvementScope: { regisseur: false, memberIds: [], categories: [], sharedWork: false },
  respectsWithholding: false,
  seesAgreementProgress: false,
  logScope: null,
  otherwise: 'HIDDEN',
};

function professionalGrant(involvement: InvolvementFact, facts: FamilyFacts): ReadGrant {
  const categories: ReadGrant['categories'] = {};
  const allMemberIds = facts.members.map((m) => m.id);
  for (const category of involvement.categories) {
    const memberIds: string[] = [];
    const bases: ReadBasis[] = [];
    for (const memberId of involvement.memberIds) {
      const basis = institutionalAuthorityBasis(involvement, memberId, facts) ?? exchangeBasis(facts, involvement.id, memberId, category);
      if (basis) {
        memberIds.push(memberId);
        bases.push(basis);
      }
    }
    // A family-wide item concerns everyone the task is about, so all of them must be covered.
    const familyWide = involvement.memberIds.length > 0 && memberIds.length === involvement.memberIds.length;
    if (memberIds.length > 0) categories[category] = { memberIds, familyWide, bases };
  }
  if (involvement.isRegisseur) {
    for (const category of REGISSEUR_CATEGORIES) {
      categories[category] = { memberIds: allMemberIds, familyWide: true, bases: [{ type: 'REGISSEUR' }] };
    }
  }
  return {
    ...NOTHING,
    relation: 'PROFESSIONAL',
    self: { involvementId: involvement.id },
    categories,
    agreementCategories: withAgreedPlanShared(categories, facts),
    match: 'ALL',
    assignedKinds: [PlanItemKind.Agreement, PlanItemKind.SafetyAgreement],
    // A school counsellor works beside the mother's therapist without being told what her
    // treatment is: the regisseur reads every task, a partner the tasks that work on what they
    // themselves read about, and, as the network does, the tasks that work on safety.
    involvementScope: involvement.isRegisseur ? null : { regisseur: true, memberIds: [], categories: [InformationCategory.Safety], sharedWork: true },
    seesAgreementProgress: involvement.isRegisseur,
    otherwise: 'REDACTED',
  };
}

/**
 * The certified institution holding parental authority over a child under 16
 * reads about that child, within its task, as a parent with authority would:
 * without anyone's consent. From 16 the young person decides, as for anyone.
 */
function institutionalAuthorityBasis(involvement: InvolvementFact, memberId: string, facts: FamilyFacts): ReadBasis | null {
  const member = facts.members.find((m) => m.id === memberId);
  if (!member || ageOn(member.dateOfBirth, facts.today) >= INDEPENDENT_CONSENT_AGE) return null;
  const authority = authorityInstitution(member, facts);
  return authority?.involvementIds.includes(involvement.id)
    ? { type: 'INSTITUTIONAL_AUTHORITY', institutionalAuthorityId: authority.id }
    : null;
}

/**
 * What a professional reads of agreements: their task's categories, plus every
 * member and category the family agreed to share the agreed plan for. A
 * family-wide agreement opens when the sharing covers every member.
 */
function withAgreedPlanShared(categories: ReadGrant['categories'], facts: FamilyFacts): ReadGrant['categories'] {
  const result: ReadGrant['categories'] = {};
  for (const category of INFORMATION_CATEGORIES) {
    const own = categories[category];
    const memberIds = new Set(own?.memberIds ?? []);
    const bases: ReadBasis[] = [...(own?.bases ?? [])];
    let everyoneShares = facts.members.length > 0;
    for (const member of facts.members) {
      const consentId = agreedPlanSharing(facts, member.id, category);
      if (consentId) {
        memberIds.add(member.id);
        bases.push({ type: 'AGREED_PLAN_SHARED', consentId });
      } else {
        everyoneShares = false;
      }
    }
    if (memberIds.size > 0 || own?.familyWide) {
      result[category] = { memberIds: [...memberIds], familyWide: (own?.familyWide ?? false) || everyoneShares, bases };
    }
  }
  return result;
}

function familyMemberGrant(memberId: string, facts: FamilyFacts): ReadGrant {
  const viewer = facts.members.find((m) => m.id === memberId);
  if (!viewer) return NOTHING;
  const ownsPlan = holdsAuthority(viewer, facts.today);
  const hiddenMemberIds = facts.members
    .filter((m) => m.id !== viewer.id && !sharesWithFamily(m, facts))
    .map((m) => m.id);
  // A parent or guardian with authority reads what concerns them and the children (the role) and
  // every minor by date of birth, except a child whose authority lies with a certified institution;
  // everyone else what concerns themselves.
  const readableMemberIds = ownsPlan
    ? facts.members
        .filter(
          (m) =>
            m.id === viewer.id ||
            ((m.role === FamilyRole.Child || (!AUTHORITY_ROLES.includes(m.role) && isMinor(m, facts.today))) &&
              authorityInstitution(m, facts) === null),
        )
        .map((m) => m.id)
    : [viewer.id];
  const memberIds = readableMemberIds.filter((id) => !hiddenMemberIds.includes(id));
  const grant: CategoryGrant = { memberIds, familyWide: ownsPlan, bases: [{ type: 'FAMILY_OWN' }] };
  // Agreements about the family as a whole are everyone's; about a person, as for any item.
  const agreements: CategoryGrant = { ...grant, familyWide: true };
  return {
    ...NOTHING,
    relation: 'FAMILY_MEMBER',
    self: { memberId },
    categories: Object.fromEntries(INFORMATION_CATEGORIES.map((category) => [category, grant])),
    agreementCategories: Object.fromEntries(INFORMATION_CATEGORIES.map((category) => [category, agreements])),
    match: 'ANY',
    assignedKinds: [PlanItemKind.Agreement, PlanItemKind.SafetyAgreement, PlanItemKind.RosterEntry],
    hiddenMemberIds,
    hiddenInvolvementIds: undisclosedInvolvementIds(facts),
    // A son reads who is involved, not what his mother's therapist does for her: the tasks about
    // the members this person reads, and the regisseur's, whom everyone turns to.
    involvementScope: { regisseur: true, memberIds, categories: [], sharedWork: false },
    respectsWithholding: true,
    // A young person follows who looked at what concerns them, not at their mother's items.
    logScope: { memberIds, familyWide: ownsPlan },
    otherwise: 'HIDDEN',
  };
}

function networkMemberGrant(networkMemberId: string, facts: FamilyFacts): ReadGrant {
  return {
    ...NOTHING,
    relation: 'NETWORK_MEMBER',
    self: { networkMemberId },
    categories: {
      [InformationCategory.Safety]: {
        memberIds: facts.members.map((m) => m.id),
        familyWide: true,
        bases: [{ type: 'NETWORK_ROLE' }],
      },
    },
    match: 'ALL',
    // The parts of the safety plan everyone holds on to, and its logbook.
    categoryKinds: [PlanItemKind.SafetyPlan, PlanItemKind.SafetyCondition, PlanItemKind.LogEntry],
    assignedKinds: [PlanItemKind.SafetyAgreement, PlanItemKind.RosterEntry, PlanItemKind.Agreement],
    hiddenInvolvementIds: undisclosedInvolvementIds(facts),
    // The network knows whom to call about safety, not who else helps the family with what.
    involvementScope: { regisseur: true, memberIds: [], categories: [InformationCategory.Safety], sharedWork: false },
    respectsWithholding: true,
    otherwise: 'HIDDEN',
  };
}

/**
 * The relation that counts: a child under 12 has no portal of their own
 * (domain.md section 2), whatever account may exist.
 */
export function effectiveRelation(relation: Relation, facts: FamilyFacts): Relation {
  if (relation.type !== 'FAMILY_MEMBER') return relation;
  const member = facts.members.find((m) => m.id === relation.memberId);
  // By date of birth, whatever the role: a household member of 5 has no portal either.
  const tooYoung = member !== undefined && ageOn(member.dateOfBirth, facts.today) < PORTAL_MINIMUM_AGE;
  return !member || tooYoung ? { type: 'NONE' } : relation;
}

export function readGrant(relation: Relation, facts: FamilyFacts): ReadGrant {
  switch (relation.type) {
    case 'PROFESSIONAL':
      return professionalGrant(relation.involvement, facts);
    case 'FAMILY_MEMBER':
      return familyMemberGrant(relation.memberId, facts);
    case 'NETWORK_MEMBER':
      return networkMemberGrant(relation.networkMemberId, facts);
    case 'NONE':
      return NOTHING;
  }
}
