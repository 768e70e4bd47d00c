import { FamilyRole, InformationCategory, PlanItemKind } from '@gezinsplan/domain';
import { FamilyFacts, ItemFacts, MemberFact, Relation } from './facts';
import { invitedToStubAboutOthers, invites, readAccess, stubCarriesFacts, stubCarriesStatus } from './read-access';
import { readGrant } from './read-grant';

const mother: MemberFact = { id: 'mother', role: FamilyRole.Parent, dateOfBirth: '1988-03-01', hasParentalAuthority: true };
const lars: MemberFact = { id: 'lars', role: FamilyRole.Child, dateOfBirth: '2011-09-10', hasParentalAuthority: false };
const daan: MemberFact = { id: 'daan', role: FamilyRole.Child, dateOfBirth: '2010-01-15', hasParentalAuthority: false };
const facts: FamilyFacts = { today: '2026-11-23', members: [mother, lars, daan], consents: [], legalBases: [], institutionalAuthorities: [] };

const member = (memberId: string): Relation => ({ type: 'FAMILY_MEMBER', memberId });
const school: Relation = {
  type: 'PROFESSIONAL',
  involvement: { id: 'school', categories: [InformationCategory.School], memberIds: ['lars'], isRegisseur: false },
};

/** The regisseur's evaluation of the whole plan, with the family and the school invited. */
const evaluation = (extra: Partial<ItemFacts> = {}): ItemFacts => ({
  kind: PlanItemKind.Evaluation,
  category: InformationCategory.General,
  aboutMemberIds: [],
  author: { involvementId: 'regisseur' },
  assignee: null,
  withheldFromFamily: false,
  invitedMemberIds: ['mother', 'lars'],
  invitedInvolvementIds: ['school'],
  ...extra,
});

describe('an evaluation that invites a young person', () => {
  it('shows the invited young person that it exists, when and that they come, not what it says about the whole family', () => {
    const grant = readGrant(member('lars'), facts);

    expect(readAccess(grant, evaluation())).toBe('REDACTED');
    expect(invites(grant, evaluation())).toBe(true);
    expect(stubCarriesFacts(grant, evaluation())).toBe(true);
  });

  it('stays hidden from a young person it does not invite', () => {
    const grant = readGrant(member('daan'), facts);

    expect(readAccess(grant, evaluation())).toBe('HIDDEN');
    expect(invites(grant, evaluation())).toBe(false);
  });

  it('opens no other family-wide item to an invited young person: only evaluations invite', () => {
    const grant = readGrant(member('lars'), facts);
    const logEntry = evaluation({ kind: PlanItemKind.LogEntry });

    expect(readAccess(grant, logEntry)).toBe('HIDDEN');
    expect(stubCarriesFacts(grant, logEntry)).toBe(false);
  });

  it('is read in full by a young person it names, as anything about them', () => {
    expect(readAccess(readGrant(member('lars'), facts), evaluation({ aboutMemberIds: ['lars'], invitedMemberIds: [] }))).toBe('FULL');
  });

  it('keeps withheld and undisclosed evaluations hidden, invitation or not', () => {
    const grant = readGrant(member('lars'), facts);

    expect(readAccess(grant, evaluation({ withheldFromFamily: true }))).toBe('HIDDEN');
    expect(readAccess({ ...grant, hiddenInvolvementIds: ['regisseur'] }, evaluation())).toBe('HIDDEN');
    // About a sibling of 16 who keeps it from the family: the invitation does not reveal it.
    expect(readAccess(readGrant(member('lars'), facts), evaluation({ aboutMemberIds: ['daan'] }))).toBe('HIDDEN');
  });

  it('gives the parent with authority the whole family-wide evaluation, as before', () => {
    expect(readAccess(readGrant(member('mother'), facts), evaluation())).toBe('FULL');
  });

  it('tells an invited professional who may not read it when it is; an agreement’s stub still carries its facts for everyone', () => {
    const grant = readGrant(school, facts);

    expect(readAccess(grant, evaluation({ aboutMemberIds: ['mother'] }))).toBe('REDACTED');
    expect(stubCarriesFacts(grant, evaluation({ aboutMemberIds: ['mother'] }))).toBe(true);
    expect(stubCarriesFacts(grant, evaluation({ invitedInvolvementIds: [] }))).toBe(false);
    expect(stubCarriesFacts(grant, evaluation({ kind: PlanItemKind.Agreement, invitedInvolvementIds: [] }))).toBe(true);
  });

  it('tells the invited where the evaluation stands; of an agreement, only the regisseur learns whether it was kept', () => {
    const agreement = evaluation({ kind: PlanItemKind.Agreement, invitedInvolvementIds: [] });
    expect(stubCarriesStatus(readGrant(school, facts), evaluation({ aboutMemberIds: ['mother'] }))).toBe(true);
    expect(stubCarriesStatus(readGrant(school, facts), agreement)).toBe(false);
    const asRegisseur = readGrant({ ...school, involvement: { ...school.involvement, isRegisseur: true } }, facts);
    expect(stubCarriesStatus(asRegisseur, agreement)).toBe(true);
  });
});

describe('whom an evaluation may invite from the family', () => {
  it('lets the family be invited to an evaluation about the whole family, though the young person reads only its stub', () => {
    expect(invitedToStubAboutOthers(facts, evaluation())).toEqual([]);
  });

  it('refuses to invite a young person to a stub that names his mother and the category of her care', () => {
    const aboutMother = evaluation({ category: InformationCategory.MentalHealth, aboutMemberIds: ['mother'], invitedMemberIds: ['lars', 'mother'] });

    expect(invitedToStubAboutOthers(facts, aboutMother)).toEqual(['lars']);
  });

  it('lets a parent with authority be invited to the evaluation about her son, which she reads in full', () => {
    expect(invitedToStubAboutOthers(facts, evaluation({ aboutMemberIds: ['lars'], invitedMemberIds: ['mother', 'lars'] }))).toEqual([]);
  });
});
