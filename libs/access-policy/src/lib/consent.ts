import { ADULT_AGE, ageOn, AUTHORITY_ROLES, CHILD_CONSENT_AGE, INDEPENDENT_CONSENT_AGE, InformationCategory } from '@gezinsplan/domain';
import { ConsentFact, ConsentPurpose, FamilyFacts, InstitutionalAuthorityFact, LegalBasisFact, MemberFact } from './facts';

/** A minor by date of birth, whatever their role: a household member of 14 is one, a "child" of 18 is not. */
export function isMinor(member: MemberFact, day: string): boolean {
  return ageOn(member.dateOfBirth, day) < ADULT_AGE;
}

/** What of a certified institution's authority decides who consents: whom, which organisation, which days. */
export type AuthorityPeriod = Pick<InstitutionalAuthorityFact, 'memberId' | 'organisationId' | 'startsOn' | 'endsOn'>;

/** The facts who holds authority over a minor is decided on (the web has them too, without the involvements). */
export interface AuthorityFacts<Period extends AuthorityPeriod = AuthorityPeriod> {
  today: string;
  members: readonly MemberFact[];
  institutionalAuthorities: readonly Period[];
}

/** Whether a member holds parental authority: an adult parent or guardian (voogd) with authority recorded. */
export function holdsAuthority(member: MemberFact, day: string): boolean {
  return AUTHORITY_ROLES.includes(member.role) && member.hasParentalAuthority && !isMinor(member, day);
}

/**
 * The certified institution that holds parental authority over a minor today,
 * if any: a court's ruling puts it in the parents' place for that child.
 */
export function authorityInstitution<Period extends AuthorityPeriod>(subject: MemberFact, facts: AuthorityFacts<Period>): Period | null {
  if (!isMinor(subject, facts.today)) return null;
  return (
    facts.institutionalAuthorities.find((a) => a.memberId === subject.id && isCurrent(a.startsOn, a.endsOn, facts.today)) ?? null
  );
}

/**
 * The members who hold parental authority over a minor in the plan: parents and
 * guardians with authority, unless it lies with a certified institution, which
 * then decides in their place.
 */
export function authorityHolders(subject: MemberFact, facts: AuthorityFacts): string[] {
  if (authorityInstitution(subject, facts)) return [];
  return facts.members.filter((m) => m.id !== subject.id && holdsAuthority(m, facts.today)).map((m) => m.id);
}

/**
 * A minor under 16 over whom nobody holds parental authority, neither in the
 * plan nor a certified institution: no consent about them can be complete (a
 * child of 12 to 15 does not decide alone), so the authority holder must be
 * recorded or a legal basis used.
 */
export function nobodyHoldsAuthority(subject: MemberFact, facts: AuthorityFacts): boolean {
  return (
    ageOn(subject.dateOfBirth, facts.today) < INDEPENDENT_CONSENT_AGE &&
    authorityInstitution(subject, facts) === null &&
    authorityHolders(subject, facts).length === 0
  );
}

/** Who must consent: family members, and the certified institution holding authority (an organisation id). */
export interface Consenters {
  memberIds: string[];
  organisationId: string | null;
}

/**
 * Who must consent to sharing information about a member, on a given day
 * (domain.md section 5), by date of birth whatever the role: under 12 the
 * parents or guardian with authority, or the certified institution that holds
 * it; 12 to 15 those and the minor; from 16 the young person alone; adults
 * decide alone. Under 16 with nobody holding authority, nobody can consent:
 * the answer is empty, and sharing needs the authority holder recorded or a
 * legal basis.
 */
export function requiredConsenters(subject: MemberFact, facts: AuthorityFacts): Consenters {
  const age = ageOn(subject.dateOfBirth, facts.today);
  if (age >= INDEPENDENT_CONSENT_AGE) return { memberIds: [subject.id], organisationId: null };
  if (nobodyHoldsAuthority(subject, facts)) return { memberIds: [], organisationId: null };
  const holders = authorityHolders(subject, facts);
  const organisationId = authorityInstitution(subject, facts)?.organisationId ?? null;
  return { memberIds: age >= CHILD_CONSENT_AGE ? [...holders, subject.id] : holders, organisationId };
}

/** Whether anyone can consent about this member at all. */
export function canBeConsentedFor(consenters: Consenters): boolean {
  return consenters.memberIds.length > 0 || consenters.organisationId !== null;
}

function isCurrent(validFrom: string, validUntil: string | null, day: string): boolean {
  return validFrom <= day && (validUntil === null || day <= validUntil);
}

/**
 * A consent counts only while it is current, not withdrawn, and given by
 * everyone who must consent today: a child turning 12 needs to be asked.
 */
export function isEffective(consent: ConsentFact, facts: FamilyFacts): boolean {
  if (consent.withdrawn || !isCurrent(consent.validFrom, consent.validUntil, facts.today)) return false;
  const subject = facts.members.find((m) => m.id === consent.subjectMemberId);
  if (!subject) return false;
  const required = requiredConsenters(subject, facts);
  return (
    canBeConsentedFor(required) &&
    required.memberIds.every((id) => consent.givenByMemberIds.includes(id)) &&
    (required.organisationId === null || consent.givenByOrganisationIds.includes(required.organisationId))
  );
}

export type ExchangeBasis = { type: 'CONSENT'; consentId: string } | { type: 'LEGAL_BASIS'; legalBasisId: string };

function legalBasisCovers(basis: LegalBasisFact, involvementId: string, memberId: string, category: InformationCategory, day: string) {
  return (
    !basis.revoked &&
    (basis.validUntil === null || day <= basis.validUntil) &&
    basis.recipientInvolvementId === involvementId &&
    basis.subjectMemberIds.includes(memberId) &&
    basis.categories.includes(category)
  );
}

/** What lets information about a member in a category flow to an involvement, if anything. */
export function exchangeBasis(
  facts: FamilyFacts,
  involvementId: string,
  memberId: string,
  category: InformationCategory,
): ExchangeBasis | null {
  const consent = facts.consents.find(
    (c) =>
      c.purpose === ConsentPurpose.PlanExchange &&
      c.subjectMemberId === memberId &&
      c.recipientInvolvementIds.includes(involvementId) &&
      c.categories.includes(category) &&
      isEffective(c, facts),
  );
  if (consent) return { type: 'CONSENT', consentId: consent.id };
  const basis = facts.legalBases.find((b) => legalBasisCovers(b, involvementId, memberId, category, facts.today));
  return basis ? { type: 'LEGAL_BASIS', legalBasisId: basis.id } : null;
}

/**
 * Involvements admitted on a legal basis whose family is told afterwards and
 * has not been told yet (revoked or not: the family is still owed the telling).
 * Until it is recorded as told, the family sees neither the involvement nor
 * what it wrote or carries, nor its lines in the access log.
 */
export function undisclosedInvolvementIds(facts: FamilyFacts): string[] {
  return [...new Set(facts.legalBases.filter((b) => b.awaitingFamilyTold).map((b) => b.recipientInvolvementId))];
}

/** A young person of 16 or over lets the family read about them only by their own consent. */
export function sharesWithFamily(member: MemberFact, facts: FamilyFacts): boolean {
  // Parents and guardians are the adults whose own matters are theirs anyway; anyone else of 16 or over decides.
  if (AUTHORITY_ROLES.includes(member.role) || ageOn(member.dateOfBirth, facts.today) < INDEPENDENT_CONSENT_AGE) return true;
  return facts.consents.some(
    (c) => c.purpose === ConsentPurpose.InformFamily && c.subjectMemberId === member.id && isEffective(c, facts),
  );
}

/**
 * The family's "share the agreed plan with all involved" consent for a member
 * and category, if one counts today: it opens agreement content, nothing else.
 */
export function agreedPlanSharing(facts: FamilyFacts, memberId: string, category: InformationCategory): string | null {
  const consent = facts.consents.find(
    (c) =>
      c.purpose === ConsentPurpose.ShareAgreedPlan &&
      c.subjectMemberId === memberId &&
      c.categories.includes(category) &&
      isEffective(c, facts),
  );
  return consent?.id ?? null;
}
