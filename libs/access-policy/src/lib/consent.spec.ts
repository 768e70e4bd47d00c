import { FamilyRole } from '@gezinsplan/domain';
import { authorityHolders, exchangeBasis, isEffective, nobodyHoldsAuthority, requiredConsenters, sharesWithFamily } from './consent';
import { ConsentFact, ConsentPurpose, FamilyFacts, LegalBasisKind, MemberFact } from './facts';

const mother: MemberFact = { id: 'mother', role: FamilyRole.Parent, dateOfBirth: '1988-03-01', hasParentalAuthority: true };
const father: MemberFact = { id: 'father', role: FamilyRole.Parent, dateOfBirth: '1986-07-12', hasParentalAuthority: false };
const lisanne: MemberFact = { id: 'lisanne', role: FamilyRole.Child, dateOfBirth: '2017-04-02', hasParentalAuthority: false };
const lars: MemberFact = { id: 'lars', role: FamilyRole.Child, dateOfBirth: '2011-09-10', hasParentalAuthority: false };
const daan: MemberFact = { id: 'daan', role: FamilyRole.Child, dateOfBirth: '2010-01-15', hasParentalAuthority: false };
const members = [mother, father, lisanne, lars, daan];
const today = '2026-11-23';

function consent(values: Partial<ConsentFact>): ConsentFact {
  return {
    id: 'c1',
    subjectMemberId: 'lisanne',
    purpose: ConsentPurpose.PlanExchange,
    recipientInvolvementIds: ['school'],
    categories: ['SCHOOL'],
    givenByMemberIds: [],
    validFrom: '2026-01-01',
    validUntil: null,
    withdrawn: false,
    ...values,
  };
}

const facts = (consents: ConsentFact[], extra: Partial<FamilyFacts> = {}): FamilyFacts => ({
  today,
  members,
  consents,
  legalBases: [],
  ...extra,
});

describe('requiredConsenters', () => {
  it('asks the parents with authority for a child under 12', () => {
    expect(requiredConsenters(lisanne, members, today)).toEqual(['mother']);
  });
  it('asks the parents with authority and the child from 12 to 15', () => {
    expect(requiredConsenters(lars, members, today)).toEqual(['mother', 'lars']);
  });
  it('asks only the young person from 16', () => {
    expect(requiredConsenters(daan, members, today)).toEqual(['daan']);
  });
  it('asks an adult alone', () => {
    expect(requiredConsenters(father, members, today)).toEqual(['father']);
  });
  it('asks a guardian (voogd) with authority in the parents’ place; a guardian without authority or a minor one is not asked', () => {
    const guardian: MemberFact = { id: 'aunt', role: FamilyRole.Guardian, dateOfBirth: '1975-02-02', hasParentalAuthority: true };
    const withGuardian = [father, guardian, lisanne, lars];
    expect(requiredConsenters(lisanne, withGuardian, today)).toEqual(['aunt']);
    expect(requiredConsenters(lars, withGuardian, today)).toEqual(['aunt', 'lars']);
    expect(requiredConsenters(lisanne, [father, { ...guardian, hasParentalAuthority: false }, lisanne], today)).toEqual([]);
    expect(requiredConsenters(lisanne, [father, { ...guardian, dateOfBirth: '2010-01-01' }, lisanne], today)).toEqual([]);
  });
  it('judges the age on the day: at 12 the child must be asked too', () => {
    expect(requiredConsenters(lars, members, '2023-09-09')).toEqual(['mother']);
    expect(requiredConsenters(lars, members, '2023-09-10')).toEqual(['mother', 'lars']);
  });
});

describe('isEffective', () => {
  it('needs everyone who must consent', () => {
    expect(isEffective(consent({ subjectMemberId: 'lars', givenByMemberIds: ['mother'] }), facts([]))).toBe(false);
    expect(isEffective(consent({ subjectMemberId: 'lars', givenByMemberIds: ['mother', 'lars'] }), facts([]))).toBe(true);
  });
  it('does not accept a parent without authority for a young child', () => {
    expect(isEffective(consent({ givenByMemberIds: ['father'] }), facts([]))).toBe(false);
  });
  it('ends with withdrawal and with its end date', () => {
    expect(isEffective(consent({ givenByMemberIds: ['mother'], withdrawn: true }), facts([]))).toBe(false);
    expect(isEffective(consent({ givenByMemberIds: ['mother'], validUntil: '2026-11-22' }), facts([]))).toBe(false);
    expect(isEffective(consent({ givenByMemberIds: ['mother'], validUntil: '2026-11-23' }), facts([]))).toBe(true);
  });
  it('does not start before its start date', () => {
    expect(isEffective(consent({ givenByMemberIds: ['mother'], validFrom: '2026-11-24' }), facts([]))).toBe(false);
  });
});

describe('exchangeBasis', () => {
  it('finds a consent that covers recipient, member and category', () => {
    const f = facts([consent({ givenByMemberIds: ['mother'] })]);
    expect(exchangeBasis(f, 'school', 'lisanne', 'SCHOOL')).toEqual({ type: 'CONSENT', consentId: 'c1' });
    expect(exchangeBasis(f, 'school', 'lisanne', 'MENTAL_HEALTH')).toBeNull();
    expect(exchangeBasis(f, 'ggz', 'lisanne', 'SCHOOL')).toBeNull();
    expect(exchangeBasis(f, 'school', 'lars', 'SCHOOL')).toBeNull();
  });
  it('falls back to a recorded legal basis for its recipient only', () => {
    const f = facts([], {
      legalBases: [
        {
          id: 'ots',
          kind: LegalBasisKind.SupervisionOrder,
          recipientInvolvementId: 'guardian',
          subjectMemberIds: ['lisanne'],
          categories: ['GENERAL'],
          validUntil: null,
          revoked: false,
            awaitingFamilyTold: false,
        },
      ],
    });
    expect(exchangeBasis(f, 'guardian', 'lisanne', 'GENERAL')).toEqual({ type: 'LEGAL_BASIS', legalBasisId: 'ots' });
    expect(exchangeBasis(f, 'school', 'lisanne', 'GENERAL')).toBeNull();
  });
});

describe('sharesWithFamily', () => {
  it('shares about children under 16 without asking', () => {
    expect(sharesWithFamily(lars, facts([]))).toBe(true);
  });
  it('shares about a young person of 16 only with their own consent', () => {
    expect(sharesWithFamily(daan, facts([]))).toBe(false);
    const own = consent({ subjectMemberId: 'daan', purpose: ConsentPurpose.InformFamily, givenByMemberIds: ['daan'] });
    expect(sharesWithFamily(daan, facts([own]))).toBe(true);
    expect(sharesWithFamily(daan, facts([{ ...own, withdrawn: true }]))).toBe(false);
  });
});

describe('ages by date of birth, whatever the role', () => {
  const day = '2026-11-23';
  const parent: MemberFact = { id: 'parent', role: FamilyRole.Parent, dateOfBirth: '1980-01-01', hasParentalAuthority: true };
  const member = (id: string, role: MemberFact['role'], dateOfBirth: string): MemberFact => ({ id, role, dateOfBirth, hasParentalAuthority: false });

  it('treats a household member of 5 or 14 as a minor, and a "child" of 18 as an adult', () => {
    const five = member('five', FamilyRole.OtherHouseholdMember, '2021-06-01');
    const fourteen = member('fourteen', FamilyRole.OtherHouseholdMember, '2012-06-01');
    const eighteen = member('eighteen', FamilyRole.Child, '2008-06-01');
    const members = [parent, five, fourteen, eighteen];

    expect(requiredConsenters(five, members, day)).toEqual(['parent']);
    expect(requiredConsenters(fourteen, members, day)).toEqual(['parent', 'fourteen']);
    expect(requiredConsenters(eighteen, members, day)).toEqual(['eighteen']);
  });

  it('finds nobody to consent for a child under 12 when nobody in the plan holds parental authority', () => {
    const child = member('child', FamilyRole.Child, '2020-01-01');
    const withoutAuthority = { ...parent, hasParentalAuthority: false };

    expect(requiredConsenters(child, [withoutAuthority, child], day)).toEqual([]);
    expect(authorityHolders(child, [withoutAuthority, child], day)).toEqual([]);
    expect(nobodyHoldsAuthority(child, [withoutAuthority, child], day)).toBe(true);
  });

  it('does not let a minor of 12 to 15 consent alone when nobody holds authority: nobody can, until it is recorded', () => {
    const thirteen = member('thirteen', FamilyRole.OtherHouseholdMember, '2013-01-01');
    const withoutAuthority = { ...parent, hasParentalAuthority: false };

    expect(requiredConsenters(thirteen, [withoutAuthority, thirteen], day)).toEqual([]);
    expect(nobodyHoldsAuthority(thirteen, [withoutAuthority, thirteen], day)).toBe(true);
    expect(isEffective(consent({ subjectMemberId: 'thirteen', givenByMemberIds: ['thirteen'] }), { today: day, members: [withoutAuthority, thirteen], consents: [], legalBases: [] })).toBe(false);
    // From 16 the young person decides alone; with a parent with authority, both decide.
    expect(nobodyHoldsAuthority(member('sixteen', FamilyRole.Child, '2009-01-01'), [withoutAuthority], day)).toBe(false);
    expect(requiredConsenters(thirteen, [parent, thirteen], day)).toEqual(['parent', 'thirteen']);
  });
});
