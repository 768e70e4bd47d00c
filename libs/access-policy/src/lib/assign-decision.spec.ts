import { FamilyRole, PlanItemKind } from '@gezinsplan/domain';
import { decideAssignee } from './assign-decision';
import { ConsentPurpose, FamilyFacts, ItemFacts, Relation } from './facts';
import { decideChange } from './write-decision';

const facts: FamilyFacts = {
  today: '2026-11-23',
  members: [
    { id: 'esther', role: FamilyRole.Parent, dateOfBirth: '1984-02-02', hasParentalAuthority: true },
    { id: 'lars', role: FamilyRole.Child, dateOfBirth: '2011-05-05', hasParentalAuthority: false },
    { id: 'lisanne', role: FamilyRole.Child, dateOfBirth: '2016-08-08', hasParentalAuthority: false },
  ],
  consents: [],
  legalBases: [],
  institutionalAuthorities: [],
};
const exchange = (subject: string, recipient: string, category: 'MENTAL_HEALTH' | 'SCHOOL'): FamilyFacts['consents'][number] => ({
  id: `${subject}-${recipient}`,
  subjectMemberId: subject,
  purpose: ConsentPurpose.PlanExchange,
  recipientInvolvementIds: [recipient],
  categories: [category],
  givenByMemberIds: [...new Set([subject, 'esther'])],
  givenByOrganisationIds: [],
  validFrom: '2026-01-01',
  validUntil: null,
  withdrawn: false,
});

const peter: Relation = { type: 'PROFESSIONAL', involvement: { id: 'school', categories: ['SCHOOL'], memberIds: ['lars'], isRegisseur: false } };
const eva: Relation = { type: 'PROFESSIONAL', involvement: { id: 'ggz', categories: ['MENTAL_HEALTH'], memberIds: ['esther'], isRegisseur: false } };
const lars: Relation = { type: 'FAMILY_MEMBER', memberId: 'lars' };
const esther: Relation = { type: 'FAMILY_MEMBER', memberId: 'esther' };
const grandma: Relation = { type: 'NETWORK_MEMBER', networkMemberId: 'grandma' };

const agreement = (values: Partial<ItemFacts> = {}): ItemFacts => ({
  kind: PlanItemKind.Agreement,
  category: 'MENTAL_HEALTH',
  aboutMemberIds: ['esther'],
  author: { involvementId: 'ggz' },
  assignee: null,
  withheldFromFamily: false,
  invitedMemberIds: [],
  invitedInvolvementIds: [],
  ...values,
});

describe('decideAssignee: being assignee opens an item, so it goes only to who may read it already', () => {
  const withConsent = { ...facts, consents: [exchange('esther', 'ggz', 'MENTAL_HEALTH'), exchange('lars', 'school', 'SCHOOL')] };

  it('refuses a professional whose task does not cover the category', () => {
    expect(decideAssignee(peter, agreement(), withConsent)).toEqual({ allowed: false, why: 'CATEGORY', memberIds: [] });
  });

  it('refuses a professional whose task covers the category but not every member it is about', () => {
    expect(decideAssignee(peter, agreement({ category: 'SCHOOL', aboutMemberIds: ['lars', 'esther'] }), withConsent)).toEqual({
      allowed: false,
      why: 'MEMBERS',
      memberIds: ['esther'],
    });
  });

  it('refuses a professional without consent or legal basis, and allows one with it', () => {
    expect(decideAssignee(eva, agreement({ author: { involvementId: 'team' } }), facts).allowed).toBe(false);
    expect(decideAssignee(eva, agreement({ author: { involvementId: 'team' } }), withConsent)).toEqual({ allowed: true });
  });

  it('refuses a child of 15 an agreement about his mother, and allows one about himself', () => {
    expect(decideAssignee(lars, agreement({ category: 'FINANCES' }), facts)).toEqual({ allowed: false, why: 'MEMBERS', memberIds: ['esther'] });
    expect(decideAssignee(lars, agreement({ category: 'FINANCES', aboutMemberIds: ['lars'] }), facts)).toEqual({ allowed: true });
  });

  it('allows a parent with authority an agreement about her child', () => {
    expect(decideAssignee(esther, agreement({ category: 'SCHOOL', aboutMemberIds: ['lisanne'] }), facts)).toEqual({ allowed: true });
  });

  it('gives the network only safety agreements and roster lines', () => {
    expect(decideAssignee(grandma, agreement({ category: 'SAFETY', aboutMemberIds: [] }), facts)).toEqual({ allowed: false, why: 'KIND', memberIds: [] });
    expect(decideAssignee(grandma, agreement({ kind: PlanItemKind.SafetyAgreement, category: 'SAFETY' }), facts)).toEqual({ allowed: true });
    expect(decideAssignee(grandma, agreement({ kind: PlanItemKind.RosterEntry, category: 'SAFETY' }), facts)).toEqual({ allowed: true });
  });

  it('refuses a child under 12, who has no portal', () => {
    expect(decideAssignee({ type: 'FAMILY_MEMBER', memberId: 'lisanne' }, agreement({ aboutMemberIds: ['lisanne'] }), facts).allowed).toBe(false);
  });
});

describe('decideChange: the add rule on what an update changes', () => {
  const before = agreement({ assignee: { involvementId: 'ggz' } });
  const after = (values: Partial<ItemFacts> = {}) => ({ ...before, ...values });

  it('refuses a partner moving an item to a member outside the task', () => {
    expect(decideChange(eva, before, after({ aboutMemberIds: ['lisanne'] })).allowed).toBe(false);
    expect(decideChange(eva, before, after({ aboutMemberIds: ['esther', 'lisanne'] })).allowed).toBe(false);
  });

  it('refuses a partner moving an agreement to someone else', () => {
    expect(decideChange(eva, before, after({ assignee: { involvementId: 'school' } })).allowed).toBe(false);
    expect(decideChange(eva, before, after({ assignee: { memberId: 'lars' } })).allowed).toBe(false);
  });

  it('allows a partner edits that keep members and assignee, and the regisseur anything', () => {
    expect(decideChange(eva, before, after()).allowed).toBe(true);
    const regisseur: Relation = { type: 'PROFESSIONAL', involvement: { id: 'team', categories: ['GENERAL'], memberIds: [], isRegisseur: true } };
    expect(decideChange(regisseur, before, after({ aboutMemberIds: ['lisanne'], assignee: { memberId: 'lars' } })).allowed).toBe(true);
  });
});
