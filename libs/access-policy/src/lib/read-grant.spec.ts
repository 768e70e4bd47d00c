import { FamilyRole, InformationCategory, PlanItemKind, REGISSEUR_CATEGORIES } from '@gezinsplan/domain';
import { ConsentFact, ConsentPurpose, FamilyFacts, InvolvementFact, ItemFacts, LegalBasisKind, MemberFact, Relation } from './facts';
import { readAccess } from './read-access';
import { effectiveRelation, readGrant } from './read-grant';

const today = '2026-11-23';
const mother: MemberFact = { id: 'mother', role: FamilyRole.Parent, dateOfBirth: '1988-03-01', hasParentalAuthority: true };
const father: MemberFact = { id: 'father', role: FamilyRole.Parent, dateOfBirth: '1986-07-12', hasParentalAuthority: false };
const lisanne: MemberFact = { id: 'lisanne', role: FamilyRole.Child, dateOfBirth: '2017-04-02', hasParentalAuthority: false };
const lars: MemberFact = { id: 'lars', role: FamilyRole.Child, dateOfBirth: '2011-09-10', hasParentalAuthority: false };
const daan: MemberFact = { id: 'daan', role: FamilyRole.Child, dateOfBirth: '2010-01-15', hasParentalAuthority: false };

const facts = (extra: Partial<FamilyFacts> = {}): FamilyFacts => ({
  today,
  members: [mother, father, lisanne, lars, daan],
  consents: [],
  legalBases: [],
  institutionalAuthorities: [],
  ...extra,
});

const professional = (involvement: Partial<InvolvementFact> = {}): Relation => ({
  type: 'PROFESSIONAL',
  involvement: { id: 'school', categories: ['SCHOOL'], memberIds: ['lisanne'], isRegisseur: false, ...involvement },
});

describe('readGrant for a partner professional', () => {
  it('opens no category of the task without consent or a legal basis: the rest is a stub that says whom to ask', () => {
    const grant = readGrant(professional(), facts());

    expect(grant.categories).toEqual({});
    expect(grant.otherwise).toBe('REDACTED');
    expect(grant.self).toEqual({ involvementId: 'school' });
  });

  it('opens a category of the task for the members whose consent covers it, family-wide only when all of them are covered', () => {
    const consent = {
      id: 'c1',
      subjectMemberId: 'lisanne',
      purpose: ConsentPurpose.PlanExchange,
      recipientInvolvementIds: ['school'],
      categories: [InformationCategory.School],
      givenByMemberIds: ['mother'],
      givenByOrganisationIds: [],
      validFrom: '2026-01-01',
      validUntil: null,
      withdrawn: false,
    };

    const one = readGrant(professional(), facts({ consents: [consent] }));
    const two = readGrant(professional({ memberIds: ['lisanne', 'lars'] }), facts({ consents: [consent] }));

    expect(one.categories.SCHOOL).toEqual({ memberIds: ['lisanne'], familyWide: true, bases: [{ type: 'CONSENT', consentId: 'c1' }] });
    expect(two.categories.SCHOOL).toMatchObject({ memberIds: ['lisanne'], familyWide: false });
    // A consent for SCHOOL opens nothing in categories outside it.
    expect(one.categories.MENTAL_HEALTH).toBeUndefined();
  });

  it('opens a category on a legal basis to its recipient', () => {
    const grant = readGrant(
      professional({ categories: ['SAFETY'] }),
      facts({
        legalBases: [
          {
            id: 'ots',
            kind: LegalBasisKind.SupervisionOrder,
            recipientInvolvementId: 'school',
            subjectMemberIds: ['lisanne'],
            categories: ['SAFETY'],
            validUntil: null,
            revoked: false,
            awaitingFamilyTold: false,
          },
        ],
      }),
    );

    expect(grant.categories.SAFETY).toEqual({ memberIds: ['lisanne'], familyWide: true, bases: [{ type: 'LEGAL_BASIS', legalBasisId: 'ots' }] });
  });

  it('reads their own agreements and safety agreements, and no other agreement’s content outside the task', () => {
    const grant = readGrant(professional(), facts());

    expect(grant.openKinds).toEqual([]);
    expect(grant.assignedKinds).toEqual([PlanItemKind.Agreement, PlanItemKind.SafetyAgreement]);
    expect(grant.match).toBe('ALL');
    expect(readAccess(grant, debtAgreement)).toBe('REDACTED');
    expect(readAccess(grant, { ...debtAgreement, assignee: { involvementId: 'school' } })).toBe('FULL');
  });

  it('reads the content of agreements the family shares as the agreed plan, while that consent counts', () => {
    const withShared = facts({ consents: [sharing] });

    expect(readAccess(readGrant(professional(), withShared), debtAgreement)).toBe('FULL');
    expect(readAccess(readGrant(professional(), withShared), { ...debtAgreement, kind: PlanItemKind.LogEntry })).toBe('REDACTED');
    expect(readAccess(readGrant(professional(), withShared), { ...debtAgreement, category: InformationCategory.MentalHealth })).toBe('REDACTED');
    expect(readAccess(readGrant(professional(), facts({ consents: [{ ...sharing, withdrawn: true }] })), debtAgreement)).toBe('REDACTED');
    // About the family as a whole: only when every member shares.
    expect(readAccess(readGrant(professional(), withShared), { ...debtAgreement, aboutMemberIds: [] })).toBe('REDACTED');
  });
});

/** The mother's debt-help agreement, carried by the debt counsellor. */
const debtAgreement: ItemFacts = {
  kind: PlanItemKind.Agreement,
  category: InformationCategory.Finances,
  aboutMemberIds: ['mother'],
  author: { involvementId: 'regisseur' },
  assignee: { involvementId: 'debt-help' },
  withheldFromFamily: false,
  invitedMemberIds: [],
  invitedInvolvementIds: [],
};

const sharing: ConsentFact = {
  id: 'shared',
  subjectMemberId: 'mother',
  purpose: ConsentPurpose.ShareAgreedPlan,
  recipientInvolvementIds: [],
  categories: [InformationCategory.Finances],
  givenByMemberIds: ['mother'],
  givenByOrganisationIds: [],
  validFrom: '2026-01-01',
  validUntil: null,
  withdrawn: false,
};

describe('readGrant for the regisseur', () => {
  it('opens the regisseur categories for every member, family-wide, on the regisseur role', () => {
    const grant = readGrant(professional({ isRegisseur: true, categories: [] }), facts());

    for (const category of REGISSEUR_CATEGORIES) {
      expect(grant.categories[category]).toEqual({
        memberIds: ['mother', 'father', 'lisanne', 'lars', 'daan'],
        familyWide: true,
        bases: [{ type: 'REGISSEUR' }],
      });
    }
    expect(Object.keys(grant.categories).sort()).toEqual([...REGISSEUR_CATEGORIES].sort());
  });
});

describe('readGrant for the family', () => {
  it('lets a parent with authority read what concerns them and the children, and the family as a whole', () => {
    const grant = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts());

    expect(grant.categories.MENTAL_HEALTH).toMatchObject({ memberIds: ['mother', 'lisanne', 'lars'], familyWide: true });
    expect(grant.match).toBe('ANY');
    expect(grant.respectsWithholding).toBe(true);
    expect(grant.otherwise).toBe('HIDDEN');
  });

  it('hides what is about a young person of 16 who has not agreed to share with the family', () => {
    const grant = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts());

    expect(grant.hiddenMemberIds).toEqual(['daan']);
  });

  it('lets a parent without authority read only what concerns themselves, never the family as a whole', () => {
    const grant = readGrant({ type: 'FAMILY_MEMBER', memberId: 'father' }, facts());

    expect(grant.categories.GENERAL).toMatchObject({ memberIds: ['father'], familyWide: false });
  });

  it('reads agreements about themselves, their children while holding authority, assigned to them, and family-wide ones', () => {
    const mothers = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts());
    const fathers = readGrant({ type: 'FAMILY_MEMBER', memberId: 'father' }, facts());
    const lars = readGrant({ type: 'FAMILY_MEMBER', memberId: 'lars' }, facts());
    const aboutLisanne = { ...debtAgreement, category: InformationCategory.School, aboutMemberIds: ['lisanne'] };

    expect(readAccess(mothers, debtAgreement)).toBe('FULL');
    expect(readAccess(mothers, aboutLisanne)).toBe('FULL');
    expect(readAccess(fathers, debtAgreement)).toBe('HIDDEN');
    expect(readAccess(fathers, aboutLisanne)).toBe('HIDDEN');
    expect(readAccess(fathers, { ...debtAgreement, aboutMemberIds: [] })).toBe('FULL');
    expect(readAccess(fathers, { ...debtAgreement, assignee: { memberId: 'father' } })).toBe('FULL');
    expect(readAccess(lars, debtAgreement)).toBe('HIDDEN');
    expect(readAccess(lars, { ...debtAgreement, aboutMemberIds: ['lars', 'mother'] })).toBe('FULL');
    // Other family-wide items stay the parents' with authority.
    expect(readAccess(fathers, { ...debtAgreement, kind: PlanItemKind.Goal, aboutMemberIds: [] })).toBe('HIDDEN');
  });

  it('hides an involvement the family is told of afterwards, what it wrote and what it carries, until they are told', () => {
    const meldcode = {
      id: 'meldcode',
      kind: LegalBasisKind.Meldcode,
      recipientInvolvementId: 'police',
      subjectMemberIds: ['lisanne'],
      categories: [InformationCategory.PoliceJustice],
      validUntil: null,
      revoked: true,
      awaitingFamilyTold: true,
    };
    const mothers = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts({ legalBases: [meldcode] }));
    const written = { ...debtAgreement, kind: PlanItemKind.LogEntry, aboutMemberIds: ['lisanne'], author: { involvementId: 'police' } };

    // Revoked or not: the family is still owed the telling.
    expect(mothers.hiddenInvolvementIds).toEqual(['police']);
    expect(readAccess(mothers, written)).toBe('HIDDEN');
    expect(readAccess(mothers, { ...debtAgreement, assignee: { involvementId: 'police' } })).toBe('HIDDEN');
    const told = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts({ legalBases: [{ ...meldcode, awaitingFamilyTold: false }] }));
    expect(told.hiddenInvolvementIds).toEqual([]);
    expect(readAccess(told, written)).toBe('FULL');
    // Professionals know who is involved.
    expect(readGrant(professional({ isRegisseur: true }), facts({ legalBases: [meldcode] })).hiddenInvolvementIds).toEqual([]);
    // A safety condition is the bottom line: the family sees it whoever set it.
    const condition = { ...written, kind: PlanItemKind.SafetyCondition, category: InformationCategory.Safety, aboutMemberIds: [] };
    expect(readAccess(mothers, condition)).toBe('FULL');
  });

  it('lets a young person follow in the access log what concerns them; a parent with authority also their children and the family', () => {
    expect(readGrant({ type: 'FAMILY_MEMBER', memberId: 'lars' }, facts()).logScope).toEqual({ memberIds: ['lars'], familyWide: false });
    expect(readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts()).logScope).toEqual({
      memberIds: ['mother', 'lisanne', 'lars'],
      familyWide: true,
    });
    expect(readGrant(professional({ isRegisseur: true }), facts()).logScope).toBeNull();
  });

  it('gives nothing to someone who is not a member of the family', () => {
    expect(readGrant({ type: 'FAMILY_MEMBER', memberId: 'stranger' }, facts())).toMatchObject({ relation: 'NONE', categories: {} });
  });
});

describe('readGrant for the network', () => {
  it('opens the safety plan, its conditions and its logbook, and what is assigned to them', () => {
    const grant = readGrant({ type: 'NETWORK_MEMBER', networkMemberId: 'grandma' }, facts());

    expect(Object.keys(grant.categories)).toEqual(['SAFETY']);
    expect(grant.categoryKinds).toEqual([PlanItemKind.SafetyPlan, PlanItemKind.SafetyCondition, PlanItemKind.LogEntry]);
    expect(grant.assignedKinds).toContain(PlanItemKind.RosterEntry);
    expect(grant.openKinds).toEqual([]);
  });
});

describe('readGrant without a relation', () => {
  it('denies everything', () => {
    expect(readGrant({ type: 'NONE' }, facts())).toMatchObject({ relation: 'NONE', categories: {}, openKinds: [], otherwise: 'HIDDEN' });
  });
});

describe('effectiveRelation', () => {
  it('gives a child under 12 no portal of their own, whatever account exists', () => {
    expect(effectiveRelation({ type: 'FAMILY_MEMBER', memberId: 'lisanne' }, facts())).toEqual({ type: 'NONE' });
  });

  it('keeps the relation of a child of 12 or over, and of professionals', () => {
    expect(effectiveRelation({ type: 'FAMILY_MEMBER', memberId: 'lars' }, facts())).toEqual({ type: 'FAMILY_MEMBER', memberId: 'lars' });
    expect(effectiveRelation(professional(), facts())).toEqual(professional());
  });

  it('judges the age on the day', () => {
    const birthdayEve = facts({ today: '2023-09-09' });
    const birthday = facts({ today: '2023-09-10' });

    expect(effectiveRelation({ type: 'FAMILY_MEMBER', memberId: 'lars' }, birthdayEve)).toEqual({ type: 'NONE' });
    expect(effectiveRelation({ type: 'FAMILY_MEMBER', memberId: 'lars' }, birthday).type).toBe('FAMILY_MEMBER');
  });
});

describe('readGrant with parental authority at a certified institution', () => {
  const ruling = {
    id: 'ruling',
    memberId: 'lisanne',
    organisationId: 'jeugdbescherming',
    involvementIds: ['jb'],
    startsOn: '2026-06-01',
    endsOn: null,
  };
  const institution = (involvement: Partial<InvolvementFact> = {}) =>
    professional({ id: 'jb', categories: ['GENERAL', 'SCHOOL'], memberIds: ['lisanne', 'lars'], ...involvement });

  it('lets the institution’s professional read about the child within its task, without anyone’s consent', () => {
    const grant = readGrant(institution(), facts({ institutionalAuthorities: [ruling] }));

    expect(grant.categories.GENERAL).toEqual({
      memberIds: ['lisanne'],
      familyWide: false,
      bases: [{ type: 'INSTITUTIONAL_AUTHORITY', institutionalAuthorityId: 'ruling' }],
    });
    expect(grant.categories.MENTAL_HEALTH).toBeUndefined();
    const item: ItemFacts = { ...debtAgreement, kind: PlanItemKind.LogEntry, category: InformationCategory.General, aboutMemberIds: ['lisanne'], assignee: null, author: { involvementId: 'school' } };
    expect(readAccess(grant, item)).toBe('FULL');
    expect(readAccess(grant, { ...item, category: InformationCategory.MentalHealth })).toBe('REDACTED');
  });

  it('gives another professional, or the institution once the ruling ended, nothing on it', () => {
    expect(readGrant(institution({ id: 'school' }), facts({ institutionalAuthorities: [ruling] })).categories).toEqual({});
    expect(readGrant(institution(), facts({ institutionalAuthorities: [{ ...ruling, endsOn: '2026-11-22' }] })).categories).toEqual({});
  });

  it('no longer lets the parents read about that child as holders of authority; the other children stay theirs', () => {
    const mothers = readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts({ institutionalAuthorities: [ruling] }));

    expect(mothers.categories.GENERAL?.memberIds).toEqual(['mother', 'lars']);
    expect(mothers.agreementCategories.GENERAL?.memberIds).toEqual(['mother', 'lars']);
  });
});
