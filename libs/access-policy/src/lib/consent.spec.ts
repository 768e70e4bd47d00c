import { FamilyRole } from '@gezinsplan/domain';
import {
  authorityHolders,
  authorityInstitution,
  AuthorityFacts,
  exchangeBasis,
  isEffective,
  nobodyHoldsAuthority,
  requiredConsenters,
  sharesWithFamily,
} from './consent';
import { ConsentFact, ConsentPurpose, FamilyFacts, InstitutionalAuthorityFact, LegalBasisKind, MemberFact } from './facts';

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
    givenByOrganisationIds: [],
    validFrom: '2026-01-01',
    validUntil: null,
    withdrawn: false,
    ...values,
  };
}

/** The members who must consent, in a plan where no certified institution holds authority. */
const consenters = (subject: MemberFact, people: readonly MemberFact[], day: string): string[] =>
  requiredConsenters(subject, { today: day, members: people, institutionalAuthorities: [] }).memberIds;
const plain = (people: readonly MemberFact[], day: string): AuthorityFacts => ({ today: day, members: people, institutionalAuthorities: [] });

const facts = (consents: ConsentFact[], extra: Partial<FamilyFacts> = {}): FamilyFacts => ({
  today,
  members,
  consents,
  legalBases: [],
  institutionalAuthorities: [],
  ...extra,
});

describe('requiredConsenters', () => {
  it('asks the parents with authority for a child under 12', () => {
    expect(consenters(lisanne, members, today)).toEqual(['mother']);
  });
  it('asks the parents with authority and the child from 12 to 15', () => {
    expect(consenters(lars, members, today)).toEqual(['mother', 'lars']);
  });
  it('asks only the young person from 16', () => {
    expect(consenters(daan, members, today)).toEqual(['daan']);
  });
  it('asks an adult alone', () => {
    expect(consenters(father, members, today)).toEqual(['father']);
  });
  it('asks a guardian (voogd) with authority in the parents’ place; a guardian without authority or a minor one is not asked', () => {
    const guardian: MemberFact = { id: 'aunt', role: FamilyRole.Guardian, dateOfBirth: '1975-02-02', hasParentalAuthority: true };
    const withGuardian = [father, guardian, lisanne, lars];
    expect(consenters(lisanne, withGuardian, today)).toEqual(['aunt']);
    expect(consenters(lars, withGuardian, today)).toEqual(['aunt', 'lars']);
    expect(consenters(lisanne, [father, { ...guardian, hasParentalAuthority: false }, lisanne], today)).toEqual([]);
    expect(consenters(lisanne, [father, { ...guardian, dateOfBirth: '2010-01-01' }, lisanne], today)).toEqual([]);
  });
  it('judges the age on the day: at 12 the child must be asked too', () => {
    expect(consenters(lars, members, '2023-09-09')).toEqual(['mother']);
    expect(consenters(lars, members, '2023-09-10')).toEqual(['mother', 'lars']);
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

    expect(consenters(five, members, day)).toEqual(['parent']);
    expect(consenters(fourteen, members, day)).toEqual(['parent', 'fourteen']);
    expect(consenters(eighteen, members, day)).toEqual(['eighteen']);
  });

  it('finds nobody to consent for a child under 12 when nobody in the plan holds parental authority', () => {
    const child = member('child', FamilyRole.Child, '2020-01-01');
    const withoutAuthority = { ...parent, hasParentalAuthority: false };

    expect(consenters(child, [withoutAuthority, child], day)).toEqual([]);
    expect(authorityHolders(child, plain([withoutAuthority, child], day))).toEqual([]);
    expect(nobodyHoldsAuthority(child, plain([withoutAuthority, child], day))).toBe(true);
  });

  it('does not let a minor of 12 to 15 consent alone when nobody holds authority: nobody can, until it is recorded', () => {
    const thirteen = member('thirteen', FamilyRole.OtherHouseholdMember, '2013-01-01');
    const withoutAuthority = { ...parent, hasParentalAuthority: false };

    expect(consenters(thirteen, [withoutAuthority, thirteen], day)).toEqual([]);
    expect(nobodyHoldsAuthority(thirteen, plain([withoutAuthority, thirteen], day))).toBe(true);
    expect(isEffective(consent({ subjectMemberId: 'thirteen', givenByMemberIds: ['thirteen'] }), { today: day, members: [withoutAuthority, thirteen], consents: [], legalBases: [], institutionalAuthorities: [] })).toBe(false);
    // From 16 the young person decides alone; with a parent with authority, both decide.
    expect(nobodyHoldsAuthority(member('sixteen', FamilyRole.Child, '2009-01-01'), plain([withoutAuthority], day))).toBe(false);
    expect(consenters(thirteen, [parent, thirteen], day)).toEqual(['parent', 'thirteen']);
  });
});

describe('parental authority with a certified institution', () => {
  const jb: InstitutionalAuthorityFact = {
    id: 'ruling',
    memberId: 'lisanne',
    organisationId: 'jeugdbescherming',
    involvementIds: ['jb-involvement'],
    startsOn: '2026-06-01',
    endsOn: null,
  };
  const overLars: InstitutionalAuthorityFact = { ...jb, id: 'ruling-lars', memberId: 'lars' };
  const withInstitution = (authorities: InstitutionalAuthorityFact[], consents: ConsentFact[] = []) =>
    facts(consents, { institutionalAuthorities: authorities });

  it('asks the institution instead of the parents for a child under 12, and the institution and the child from 12 to 15', () => {
    expect(requiredConsenters(lisanne, withInstitution([jb]))).toEqual({ memberIds: [], organisationId: 'jeugdbescherming' });
    expect(requiredConsenters(lars, withInstitution([overLars]))).toEqual({ memberIds: ['lars'], organisationId: 'jeugdbescherming' });
    expect(authorityHolders(lisanne, withInstitution([jb]))).toEqual([]);
    expect(nobodyHoldsAuthority(lisanne, withInstitution([jb]))).toBe(false);
  });

  it('leaves a young person of 16 deciding alone, and another child with the parents', () => {
    const overDaan: InstitutionalAuthorityFact = { ...jb, memberId: 'daan' };
    expect(requiredConsenters(daan, withInstitution([overDaan]))).toEqual({ memberIds: ['daan'], organisationId: null });
    expect(requiredConsenters(lars, withInstitution([jb]))).toEqual({ memberIds: ['mother', 'lars'], organisationId: null });
  });

  it('counts only from its start date up to and including its end date', () => {
    expect(authorityInstitution(lisanne, withInstitution([{ ...jb, startsOn: '2026-11-24' }]))).toBeNull();
    expect(authorityInstitution(lisanne, withInstitution([{ ...jb, endsOn: '2026-11-23' }]))).toEqual({ ...jb, endsOn: '2026-11-23' });
    expect(authorityInstitution(lisanne, withInstitution([{ ...jb, endsOn: '2026-11-22' }]))).toBeNull();
    expect(requiredConsenters(lisanne, withInstitution([{ ...jb, endsOn: '2026-11-22' }])).memberIds).toEqual(['mother']);
  });

  it('lets no institution decide over an adult, whatever was recorded', () => {
    expect(authorityInstitution(father, withInstitution([{ ...jb, memberId: 'father' }]))).toBeNull();
  });

  it('counts a consent the institution gave, and no longer the parents’ consent alone', () => {
    const byMother = consent({ givenByMemberIds: ['mother'] });
    const byInstitution = consent({ givenByOrganisationIds: ['jeugdbescherming'] });
    const byOtherOrganisation = consent({ givenByOrganisationIds: ['veilig-thuis'] });

    expect(isEffective(byMother, withInstitution([jb]))).toBe(false);
    expect(isEffective(byInstitution, withInstitution([jb]))).toBe(true);
    expect(isEffective(byOtherOrganisation, withInstitution([jb]))).toBe(false);
    // The institution's word counts only while it holds authority.
    expect(isEffective(byInstitution, withInstitution([{ ...jb, endsOn: '2026-11-22' }]))).toBe(false);
    expect(isEffective(byMother, withInstitution([{ ...jb, endsOn: '2026-11-22' }]))).toBe(true);
  });

  it('needs the child of 12 to 15 as well as the institution', () => {
    const byInstitution = consent({ subjectMemberId: 'lars', givenByOrganisationIds: ['jeugdbescherming'] });
    expect(isEffective(byInstitution, withInstitution([overLars]))).toBe(false);
    expect(isEffective({ ...byInstitution, givenByMemberIds: ['lars'] }, withInstitution([overLars]))).toBe(true);
  });
});
