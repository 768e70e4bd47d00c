import { newHouseholdMember, PlanFormValues, planSchema } from '../utils/plan-form';

const esther = { ...newHouseholdMember(), givenName: ' Esther ', familyName: 'de Graaf', dateOfBirth: '1984-11-01' };
const plan: PlanFormValues = {
  subjectIds: ['subject-lisanne', 'subject-lars'],
  familyName: 'Gezin De Graaf',
  otherMembers: [esther, newHouseholdMember()],
  regisseurSignalId: 'signal-eva-lisanne',
  regisseurConfirmed: false,
};

describe('a plan from a match being filled in', () => {
  it('asks for the household member’s missing fields and the confirmation of the regisseur', () => {
    const result = planSchema('2026-03-10').safeParse(plan);
    expect(new Set(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')))).toEqual(new Set([
      'otherMembers.1.givenName',
      'otherMembers.1.familyName',
      'otherMembers.1.dateOfBirth',
      'regisseurConfirmed',
    ]));
  });

  it('refuses a household member born after today', () => {
    const result = planSchema('2026-03-10').safeParse({ ...plan, otherMembers: [{ ...esther, dateOfBirth: '2026-03-11' }], regisseurConfirmed: true });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['otherMembers.0.dateOfBirth', 'inFuture'],
    ]);
  });

  it('sends the household as the API takes it', () => {
    const input = planSchema('2026-03-10').parse({ ...plan, otherMembers: [esther], regisseurConfirmed: true });
    expect(input.otherMembers).toEqual([
      { givenName: 'Esther', familyName: 'de Graaf', dateOfBirth: '1984-11-01', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true },
    ]);
    expect(input).toMatchObject({ familyName: 'Gezin De Graaf', regisseurConfirmed: true, regisseurSignalId: 'signal-eva-lisanne' });
  });
});
