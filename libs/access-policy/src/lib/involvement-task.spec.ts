import { FamilyRole, InformationCategory } from '@gezinsplan/domain';
import { FamilyFacts } from './facts';
import { readsInvolvementTask } from './involvement-task';
import { readGrant } from './read-grant';

const today = '2026-12-04';
const facts: FamilyFacts = {
  today,
  members: [
    { id: 'mother', role: FamilyRole.Parent, dateOfBirth: '1985-01-01', hasParentalAuthority: true },
    { id: 'son', role: FamilyRole.Child, dateOfBirth: '2011-06-01', hasParentalAuthority: false },
  ],
  consents: [],
  legalBases: [],
  institutionalAuthorities: [],
};
const regisseur = { id: 'regisseur', memberIds: ['mother', 'son'], categories: [InformationCategory.General, InformationCategory.Safety] };
const treatment = { id: 'ggz', memberIds: ['mother'], categories: [InformationCategory.MentalHealth] };
const school = { id: 'school', memberIds: ['son'], categories: [InformationCategory.School] };
const safety = { id: 'veilig-thuis', memberIds: ['son'], categories: [InformationCategory.Safety] };

function tasksReadBy(grant: ReturnType<typeof readGrant>): string[] {
  return [regisseur, treatment, school, safety].filter((i) => readsInvolvementTask(grant, i, regisseur.id)).map((i) => i.id);
}

describe('whose task in "who is involved" each person reads', () => {
  it('gives an involved professional every task', () => {
    const grant = readGrant({ type: 'PROFESSIONAL', involvement: { id: 'school', categories: school.categories, memberIds: school.memberIds, isRegisseur: false } }, facts);
    expect(tasksReadBy(grant)).toEqual(['regisseur', 'ggz', 'school', 'veilig-thuis']);
  });

  it('does not tell a son of 15 what his mother’s treatment is', () => {
    expect(tasksReadBy(readGrant({ type: 'FAMILY_MEMBER', memberId: 'son' }, facts))).toEqual(['regisseur', 'school', 'veilig-thuis']);
  });

  it('gives a mother with authority her own and her child’s tasks', () => {
    expect(tasksReadBy(readGrant({ type: 'FAMILY_MEMBER', memberId: 'mother' }, facts))).toEqual(['regisseur', 'ggz', 'school', 'veilig-thuis']);
  });

  it('gives the network the regisseur’s task and those that work on safety', () => {
    expect(tasksReadBy(readGrant({ type: 'NETWORK_MEMBER', networkMemberId: 'grandma' }, facts))).toEqual(['regisseur', 'veilig-thuis']);
  });

  it('gives nothing to someone without a relation', () => {
    expect(tasksReadBy(readGrant({ type: 'NONE' }, facts))).toEqual([]);
  });
});
