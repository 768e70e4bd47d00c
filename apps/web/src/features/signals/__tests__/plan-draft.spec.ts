import { newHouseholdMember, PlanDraft, planDraftProblems, planProblemsFromApi, startPlanInputOf } from '../utils/plan-draft';

const esther = { ...newHouseholdMember('m1', 'de Graaf'), givenName: 'Esther', dateOfBirth: '1984-11-01' };
const draft: PlanDraft = {
  subjectIds: ['subject-lisanne', 'subject-lars'],
  familyName: 'Gezin De Graaf',
  members: [esther, newHouseholdMember('m2', '')],
  regisseurSignalId: 'signal-eva-lisanne',
  regisseurConfirmed: false,
};

describe('a plan from a match being filled in', () => {
  it('asks for the household member’s missing fields and the confirmation of the regisseur', () => {
    expect(planDraftProblems(draft, '2026-03-10')).toEqual({
      fields: ['otherMembers', 'regisseurConfirmed'],
      members: { m2: ['givenName', 'familyName', 'dateOfBirth'] },
    });
  });

  it('marks a household member’s field the API rejected on that person', () => {
    expect(planProblemsFromApi(['otherMembers.1.dateOfBirth', 'regisseurConfirmed'], draft)).toEqual({
      fields: ['otherMembers', 'regisseurConfirmed'],
      members: { m2: ['dateOfBirth'] },
    });
  });

  it('sends the household as the API takes it', () => {
    const input = startPlanInputOf({ ...draft, members: [esther], regisseurConfirmed: true });
    expect(input.otherMembers).toEqual([
      { givenName: 'Esther', familyName: 'de Graaf', dateOfBirth: '1984-11-01', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true },
    ]);
    expect(input).toMatchObject({ familyName: 'Gezin De Graaf', regisseurConfirmed: true, regisseurSignalId: 'signal-eva-lisanne' });
  });
});
