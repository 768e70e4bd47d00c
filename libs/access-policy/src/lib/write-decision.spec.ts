import { FamilyRole, PlanItemKind } from '@gezinsplan/domain';
import { ConsentPurpose, FamilyFacts, InvolvementFact, ItemFacts, LegalBasisKind, Relation } from './facts';
import { readGrant } from './read-grant';
import { decideAboutWholeFamily, decideAdd, decideAnswerHandover, decideBottomLine, decideCoordinate, decideReadHandover, decideEdit, decideMarkDone, decideRespond, NewItemFacts } from './write-decision';

const facts: FamilyFacts = {
  today: '2026-11-23',
  members: [
    { id: 'mother', role: FamilyRole.Parent, dateOfBirth: '1988-03-01', hasParentalAuthority: true },
    { id: 'lisanne', role: FamilyRole.Child, dateOfBirth: '2017-04-02', hasParentalAuthority: false },
  ],
  consents: [],
  legalBases: [],
  institutionalAuthorities: [],
};

const professional = (involvement: Partial<InvolvementFact> = {}): Relation => ({
  type: 'PROFESSIONAL',
  involvement: { id: 'school', categories: ['SCHOOL'], memberIds: ['lisanne'], isRegisseur: false, ...involvement },
});
const regisseur = professional({ id: 'team', categories: ['GENERAL'], memberIds: ['mother', 'lisanne'], isRegisseur: true });
const mother: Relation = { type: 'FAMILY_MEMBER', memberId: 'mother' };
const grandma: Relation = { type: 'NETWORK_MEMBER', networkMemberId: 'grandma' };

const newItem = (values: Partial<NewItemFacts> = {}): NewItemFacts => ({
  kind: PlanItemKind.LogEntry,
  category: 'SCHOOL',
  aboutMemberIds: ['lisanne'],
  assignee: null,
  ...values,
});

const item = (values: Partial<ItemFacts> = {}): ItemFacts => ({
  kind: PlanItemKind.Agreement,
  category: 'GENERAL',
  aboutMemberIds: [],
  author: { involvementId: 'team' },
  assignee: null,
  withheldFromFamily: false,
  invitedMemberIds: [],
  invitedInvolvementIds: [],
  ...values,
});

const allowed = { allowed: true };
const refused = (reason: RegExp) => ({ allowed: false, reason: expect.stringMatching(reason) });

describe('decideBottomLine', () => {
  const veiligThuis = professional({ id: 'veilig-thuis', categories: ['SAFETY'] });
  const toldAfterwards = (awaitingFamilyTold: boolean): FamilyFacts => ({
    ...facts,
    legalBases: [
      {
        id: 'meldcode',
        kind: LegalBasisKind.Meldcode,
        recipientInvolvementId: 'veilig-thuis',
        subjectMemberIds: ['lisanne'],
        categories: ['SAFETY'],
        validUntil: null,
        revoked: false,
        awaitingFamilyTold,
      },
    ],
  });

  it('lets an involvement the family knows of set the bottom line', () => {
    expect(decideBottomLine(veiligThuis, PlanItemKind.SafetyCondition, facts)).toEqual(allowed);
    expect(decideBottomLine(veiligThuis, PlanItemKind.SafetyCondition, toldAfterwards(false))).toEqual(allowed);
  });

  it('refuses a safety condition from an involvement the family is still to be told of, and nothing else', () => {
    expect(decideBottomLine(veiligThuis, PlanItemKind.SafetyCondition, toldAfterwards(true))).toEqual(refused(/recorded that the family was told/));
    expect(decideBottomLine(veiligThuis, PlanItemKind.LogEntry, toldAfterwards(true))).toEqual(allowed);
    expect(decideBottomLine(regisseur, PlanItemKind.SafetyCondition, toldAfterwards(true))).toEqual(allowed);
  });
});

describe('decideAdd', () => {
  it('lets the regisseur add any part of the plan', () => {
    expect(decideAdd(regisseur, newItem({ kind: PlanItemKind.Goal, category: 'GENERAL' }), 'NEIGHBOURHOOD_TEAM')).toEqual(allowed);
  });

  it('lets a partner add within their own task: its categories, its members, their own agreements', () => {
    const partner = professional();

    expect(decideAdd(partner, newItem(), 'SCHOOL')).toEqual(allowed);
    expect(decideAdd(partner, newItem({ category: 'MENTAL_HEALTH' }), 'SCHOOL')).toEqual(refused(/categories of your own task/));
    expect(decideAdd(partner, newItem({ aboutMemberIds: ['mother'] }), 'SCHOOL')).toEqual(refused(/family members your task concerns/));
    expect(decideAdd(partner, newItem({ kind: PlanItemKind.Goal }), 'SCHOOL')).toEqual(refused(/Only the regisseur/));
    expect(decideAdd(partner, newItem({ kind: PlanItemKind.Agreement, assignee: { involvementId: 'school' } }), 'SCHOOL')).toEqual(allowed);
    expect(decideAdd(partner, newItem({ kind: PlanItemKind.Agreement, assignee: { memberId: 'mother' } }), 'SCHOOL')).toEqual(
      refused(/for their own involvement/),
    );
  });

  it('leaves safety conditions to Veilig Thuis, youth protection and the Child Protection Board, even as regisseur', () => {
    const condition = newItem({ kind: PlanItemKind.SafetyCondition, category: 'SAFETY' });

    expect(decideAdd(regisseur, condition, 'NEIGHBOURHOOD_TEAM')).toEqual(refused(/Safety conditions are set by/));
    expect(decideAdd(regisseur, condition, 'VEILIG_THUIS')).toEqual(allowed);
  });

  it('lets the family and the network write in the logbook only', () => {
    for (const relation of [mother, grandma]) {
      expect(decideAdd(relation, newItem(), null)).toEqual(allowed);
      expect(decideAdd(relation, newItem({ kind: PlanItemKind.Agreement }), null)).toEqual(refused(/logbook/));
    }
  });

  it('sends comments and own views through responding, and refuses anyone not involved', () => {
    expect(decideAdd(mother, newItem({ kind: PlanItemKind.Comment }), null)).toEqual(refused(/as a response/));
    expect(decideAdd({ type: 'NONE' }, newItem(), null)).toEqual(refused(/not involved/));
  });
});

describe('decideAboutWholeFamily', () => {
  it('refuses a partner an item about nobody in particular when their task does not concern everyone', () => {
    const decision = decideAboutWholeFamily(professional(), PlanItemKind.LogEntry, [], facts);
    expect(decision).toEqual({ allowed: false, reason: expect.stringContaining('does not concern the whole family') });
  });

  it('lets a partner whose task concerns every member, and the regisseur, write about the whole family', () => {
    expect(decideAboutWholeFamily(professional({ memberIds: ['mother', 'lisanne'] }), PlanItemKind.LogEntry, [], facts).allowed).toBe(true);
    expect(decideAboutWholeFamily(regisseur, PlanItemKind.Agreement, [], facts).allowed).toBe(true);
  });

  it('lets Veilig Thuis set a safety condition for the whole family: the bottom line is for everyone to know', () => {
    const veiligThuis = professional({ id: 'vt', categories: ['SAFETY'], memberIds: ['lisanne'] });
    expect(decideAboutWholeFamily(veiligThuis, PlanItemKind.SafetyCondition, [], facts).allowed).toBe(true);
    expect(decideAboutWholeFamily(veiligThuis, PlanItemKind.SafetyAgreement, [], facts).allowed).toBe(false);
  });

  it('does not judge an item that names its members (the member rule of decideAdd does)', () => {
    expect(decideAboutWholeFamily(professional(), PlanItemKind.LogEntry, ['lisanne'], facts).allowed).toBe(true);
  });
});

describe('decideEdit', () => {
  it('lets the regisseur change what they can read', () => {
    expect(decideEdit(regisseur, readGrant(regisseur, facts), item())).toEqual(allowed);
  });

  it('lets a partner change what their involvement wrote and agreements assigned to them, nothing else', () => {
    const partner = professional();
    const grant = readGrant(partner, facts);

    expect(decideEdit(partner, grant, item({ author: { involvementId: 'school' }, category: 'SCHOOL' }))).toEqual(allowed);
    expect(decideEdit(partner, grant, item({ assignee: { involvementId: 'school' } }))).toEqual(allowed);
    // An agreement they may read, because the family shares the agreed plan, is still not theirs to change.
    const shared = readGrant(partner, {
      ...facts,
      consents: ['mother', 'lisanne'].map((subject) => ({
        id: `shared-${subject}`,
        subjectMemberId: subject,
        purpose: ConsentPurpose.ShareAgreedPlan,
        recipientInvolvementIds: [],
        categories: ['GENERAL'],
        givenByMemberIds: ['mother'],
        givenByOrganisationIds: [],
        validFrom: '2026-01-01',
        validUntil: null,
        withdrawn: false,
      })),
    });
    expect(decideEdit(partner, shared, item())).toEqual(refused(/ask the regisseur/));
    expect(decideEdit(partner, grant, item())).toEqual(refused(/may not read/));
  });

  it('refuses a change to what one may not read', () => {
    const partner = professional();
    const unreadable = item({ kind: PlanItemKind.LogEntry, category: 'MENTAL_HEALTH', aboutMemberIds: ['mother'] });

    expect(decideEdit(partner, readGrant(partner, facts), unreadable)).toEqual(refused(/may not read/));
  });

  it('never changes responses, and leaves changes to professionals', () => {
    expect(decideEdit(regisseur, readGrant(regisseur, facts), item({ kind: PlanItemKind.Comment }))).toEqual(refused(/never changed/));
    expect(decideEdit(mother, readGrant(mother, facts), item())).toEqual(refused(/Only professionals/));
  });
});

describe('decideMarkDone', () => {
  it('lets a family member mark their own agreements done, and no one else’s', () => {
    const grant = readGrant(mother, facts);

    expect(decideMarkDone(mother, grant, item({ assignee: { memberId: 'mother' } }))).toEqual(allowed);
    expect(decideMarkDone(mother, grant, item({ assignee: { involvementId: 'team' } }))).toEqual(refused(/only your own/));
  });

  it('applies to agreements only, and for professionals follows the edit rule', () => {
    expect(decideMarkDone(regisseur, readGrant(regisseur, facts), item({ kind: PlanItemKind.Goal }))).toEqual(refused(/Only agreements/));
    expect(decideMarkDone(regisseur, readGrant(regisseur, facts), item())).toEqual(allowed);
  });
});

describe('decideRespond', () => {
  it('lets a family member respond to what they can read, never to a response', () => {
    const grant = readGrant(mother, facts);

    expect(decideRespond(mother, grant, item())).toEqual(allowed);
    expect(decideRespond(mother, grant, item({ kind: PlanItemKind.Comment }))).toEqual(refused(/item itself/));
    expect(decideRespond(mother, grant, item({ withheldFromFamily: true }))).toEqual(refused(/only to what you can read/));
  });

  it('keeps responding for the family', () => {
    expect(decideRespond(regisseur, readGrant(regisseur, facts), item())).toEqual(refused(/family’s voice/));
  });
});

describe('decideCoordinate', () => {
  it('is for the regisseur only', () => {
    expect(decideCoordinate(regisseur)).toEqual(allowed);
    expect(decideCoordinate(professional())).toEqual(refused(/Only the regisseur/));
    expect(decideCoordinate(mother)).toEqual(refused(/Only the regisseur/));
  });
});

describe('a regisseur handover proposal', () => {
  const proposed = professional({ id: 'school' });
  it('is answered only by the proposed professional, not by the regisseur or anyone else', () => {
    expect(decideAnswerHandover(proposed, 'school')).toEqual(allowed);
    expect(decideAnswerHandover(regisseur, 'school')).toEqual(refused(/Only the professional proposed/));
    expect(decideAnswerHandover(professional({ id: 'police' }), 'school')).toEqual(refused(/Only the professional proposed/));
    expect(decideAnswerHandover(mother, 'school')).toEqual(refused(/Only the professional proposed/));
  });

  it('is seen by the regisseur and the proposed professional only, and moves no coordination', () => {
    expect(decideReadHandover(regisseur, 'school')).toEqual(allowed);
    expect(decideReadHandover(proposed, 'school')).toEqual(allowed);
    expect(decideReadHandover(professional({ id: 'police' }), 'school')).toEqual(refused(/Only the regisseur and the proposed/));
    expect(decideReadHandover(grandma, 'school')).toEqual(refused(/Only the regisseur and the proposed/));
    expect(decideCoordinate(proposed)).toEqual(refused(/Only the regisseur/));
  });
});
