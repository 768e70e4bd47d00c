import { FamilyRole, PlanItemKind } from '@gezinsplan/domain';
import { FamilyFacts, ItemFacts, Relation } from './facts';
import { readsEarlierVersion, seesChangedByOther } from './history';
import { readGrant } from './read-grant';

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

const regisseur: Relation = {
  type: 'PROFESSIONAL',
  involvement: { id: 'team', categories: ['GENERAL', 'SAFETY'], memberIds: ['mother', 'lisanne'], isRegisseur: true },
};
const school: Relation = {
  type: 'PROFESSIONAL',
  involvement: { id: 'school', categories: ['SCHOOL', 'GENERAL'], memberIds: ['lisanne'], isRegisseur: false },
};
const mother: Relation = { type: 'FAMILY_MEMBER', memberId: 'mother' };

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

describe('readsEarlierVersion', () => {
  it('gives an earlier version to whoever reads it in full then and now', () => {
    expect(readsEarlierVersion(readGrant(mother, facts), item(), item())).toBe(true);
  });

  it('keeps every earlier version from the family once the item is withheld, and the withheld ones after release', () => {
    const grant = readGrant(mother, facts);
    expect(readsEarlierVersion(grant, item(), item({ withheldFromFamily: true }))).toBe(false);
    expect(readsEarlierVersion(grant, item({ withheldFromFamily: true }), item())).toBe(false);
  });

  it('gives no history to a reader of the stub, nor of versions before the item was given to them', () => {
    const grant = readGrant(school, facts);
    const carried = item({ category: 'FINANCES', aboutMemberIds: ['lisanne'], assignee: { involvementId: 'school' } });
    const before = item({ category: 'FINANCES', aboutMemberIds: ['lisanne'], assignee: null });
    expect(readsEarlierVersion(grant, before, before)).toBe(false);
    expect(readsEarlierVersion(grant, before, carried)).toBe(false);
    expect(readsEarlierVersion(grant, carried, carried)).toBe(true);
  });
});

describe('seesChangedByOther', () => {
  const author = { involvementId: 'author' };
  const authorRelation: Relation = {
    type: 'PROFESSIONAL',
    involvement: { id: 'author', categories: ['GENERAL'], memberIds: [], isRegisseur: false },
  };

  it('marks a change by a partner for the author and the regisseur, not for the partner or the family', () => {
    const changer = { involvementId: 'school' };
    expect(seesChangedByOther(authorRelation, author, changer)).toBe(true);
    expect(seesChangedByOther(regisseur, author, changer)).toBe(true);
    expect(seesChangedByOther(school, author, changer)).toBe(false);
    expect(seesChangedByOther(mother, author, changer)).toBe(false);
  });

  it('does not mark the author’s own change, nor the regisseur’s own change for the regisseur', () => {
    expect(seesChangedByOther(regisseur, author, author)).toBe(false);
    expect(seesChangedByOther(regisseur, author, { involvementId: 'team' })).toBe(false);
    expect(seesChangedByOther(authorRelation, author, { involvementId: 'team' })).toBe(true);
    expect(seesChangedByOther(authorRelation, author, null)).toBe(false);
  });
});
