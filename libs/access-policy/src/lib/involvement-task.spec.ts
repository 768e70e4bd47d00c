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
  const professional = (involvement: { id: string; memberIds: string[]; categories: InformationCategory[] }, isRegisseur = false) =>
    readGrant({ type: 'PROFESSIONAL', involvement: { ...involvement, isRegisseur } }, facts);

  const sonsTherapy = { id: 'jeugd-ggz', memberIds: ['son'], categories: [InformationCategory.MentalHealth] };
  const attendance = { id: 'leerplicht', memberIds: ['son'], categories: [InformationCategory.School] };
  const schoolMayRead: FamilyFacts = {
    ...facts,
    consents: [
      {
        id: 'consent', subjectMemberId: 'son', purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: ['school'], categories: [InformationCategory.School],
        givenByMemberIds: ['mother', 'son'], givenByOrganisationIds: [], validFrom: '2026-01-01', validUntil: null, withdrawn: false,
      },
    ],
  };

  it('gives the regisseur every task', () => {
    expect(tasksReadBy(professional(regisseur, true))).toEqual(['regisseur', 'ggz', 'school', 'veilig-thuis']);
  });

  it('does not tell the son’s school what his mother’s treatment is', () => {
    expect(tasksReadBy(professional(school))).toEqual(['regisseur', 'school', 'veilig-thuis']);
  });

  it('does not tell the mother’s therapist what the son’s school does for him', () => {
    expect(tasksReadBy(professional(treatment))).toEqual(['regisseur', 'ggz', 'veilig-thuis']);
  });

  it('tells a partner the tasks that work on what they read about the same person, not the others', () => {
    const grant = readGrant({ type: 'PROFESSIONAL', involvement: { ...school, isRegisseur: false } }, schoolMayRead);
    const read = [regisseur, treatment, school, safety, sonsTherapy, attendance].filter((i) => readsInvolvementTask(grant, i, regisseur.id)).map((i) => i.id);
    expect(read).toEqual(['regisseur', 'school', 'veilig-thuis', 'leerplicht']);
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
