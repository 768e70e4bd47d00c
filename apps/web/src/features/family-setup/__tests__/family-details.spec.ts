import { z } from 'zod';
import { formFieldOf } from '../../../shared/forms/api-field-errors';
import { changesWhoConsents, memberSchema, newMemberValues } from '../utils/member-details';
import { networkSchema } from '../utils/network-details';
import { NEW_PLAN, newPlanMember, newPlanSchema, NewPlanValues, peopleToCheckOf } from '../utils/new-plan';

const TODAY = '2026-03-10';
const iris = { ...newMemberValues('PARENT', 'Vos'), givenName: 'Iris', dateOfBirth: '1987-04-04' };
const noor = { ...newMemberValues('CHILD', 'Vos'), givenName: 'Noor', dateOfBirth: '2016-09-01' };

/** Each refused field, by its path in the form, with the reason the form shows for it first. */
function problemsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const problems: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) problems[issue.path.join('.')] ??= issue.message;
  return problems;
}

describe('a family member’s details', () => {
  const schema = memberSchema(TODAY);

  it('are checked as the API checks them: names, and a date of birth neither missing, in the future nor before 1900', () => {
    expect(problemsOf(schema, iris)).toEqual({});
    expect(problemsOf(schema, { ...iris, givenName: '  ', familyName: 'x'.repeat(101), dateOfBirth: '' })).toEqual({
      givenName: 'empty',
      familyName: 'tooLong',
      dateOfBirth: 'empty',
    });
    expect(problemsOf(schema, { ...iris, dateOfBirth: '2026-03-11' })).toEqual({ dateOfBirth: 'invalid' });
    expect(problemsOf(schema, { ...iris, dateOfBirth: '1900-01-01' })).toEqual({ dateOfBirth: 'invalid' });
  });

  it('give parental authority only to a parent or carer, whatever the form still holds', () => {
    expect(schema.parse({ ...iris, givenName: ' Iris ' })).toMatchObject({ givenName: 'Iris', hasParentalAuthority: true });
    expect(schema.parse({ ...iris, role: 'OTHER_HOUSEHOLD_MEMBER' }).hasParentalAuthority).toBe(false);
  });

  it('change who consents when the date of birth, role or authority changes, not the name or living at home', () => {
    const saved = (values: typeof noor) => schema.parse(values);
    expect(changesWhoConsents(noor, saved({ ...noor, givenName: 'Nora', livesAtHome: false }))).toBe(false);
    expect(changesWhoConsents(noor, saved({ ...noor, dateOfBirth: '2013-09-01' }))).toBe(true);
    expect(changesWhoConsents(iris, saved({ ...iris, hasParentalAuthority: false }))).toBe(true);
    // Authority ticked on a child never reaches the API, so nothing changes for consent.
    expect(changesWhoConsents(noor, saved({ ...noor, hasParentalAuthority: true }))).toBe(false);
  });
});

describe('a network member’s details', () => {
  it('need a name and a relation; phone and e-mail are optional but checked when given', () => {
    const schema = networkSchema();
    expect(problemsOf(schema, { name: 'Oma Truus', relation: 'oma', phone: '', email: '' })).toEqual({});
    expect(problemsOf(schema, { name: 'Oma Truus', relation: 'oma', phone: 'javascript:alert(1)', email: '' })).toEqual({ phone: 'invalid' });
    expect(problemsOf(schema, { name: 'Oma Truus', relation: 'oma', phone: '+31 (0)6-1234 5678', email: '' })).toEqual({});
    expect(problemsOf(schema, { name: '', relation: ' ', phone: '0'.repeat(51), email: 'truus@' })).toEqual({
      name: 'empty',
      relation: 'empty',
      phone: 'tooLong',
      email: 'invalid',
    });
    expect(schema.parse({ name: ' Oma Truus ', relation: 'oma', phone: ' ', email: '' })).toEqual({
      name: 'Oma Truus',
      relation: 'oma',
      phone: null,
      email: null,
    });
  });
});

describe('a new plan', () => {
  const schema = newPlanSchema(TODAY);
  const plan: NewPlanValues = {
    name: 'Gezin Vos',
    members: [
      { ...iris, bsn: '', differentPersonConfirmed: false },
      { ...noor, bsn: '', differentPersonConfirmed: false },
    ],
    network: [{ name: 'Oma Truus', relation: 'oma', phone: '', email: '' }],
    regisseurTask: 'Regie',
    regisseurCategories: ['GENERAL'],
  };

  it('starts with one parent, with authority, and the regisseur’s usual kinds of information', () => {
    expect(NEW_PLAN.members).toEqual([newPlanMember('PARENT')]);
    expect(NEW_PLAN.members[0].hasParentalAuthority).toBe(true);
    expect(NEW_PLAN.regisseurCategories).toEqual(['GENERAL', 'SAFETY']);
  });

  it('marks each person’s own problems by their place in the list, and the form’s own fields', () => {
    expect(problemsOf(schema, plan)).toEqual({});
    const problems = problemsOf(schema, {
      ...plan,
      members: [plan.members[0], { ...plan.members[1], dateOfBirth: '', bsn: '123456789' }],
      network: [{ ...plan.network[0], email: 'truus@' }],
      regisseurTask: 'ok',
      regisseurCategories: [],
    });
    expect(problems).toEqual({
      'members.1.dateOfBirth': 'empty',
      'members.1.bsn': 'invalid',
      'network.0.email': 'invalid',
      regisseurTask: 'tooShort',
      regisseurCategories: 'empty',
    });
  });

  it('sends a BSN as digits only, and checks people by it', () => {
    const checked = schema.parse({ ...plan, members: [plan.members[0], { ...plan.members[1], bsn: '1112.22 333' }] });
    expect(checked.members[1].bsn).toBe('111222333');
    expect(checked.members[0].bsn).toBeUndefined();
    expect(peopleToCheckOf(checked)).toEqual([
      { givenName: 'Iris', familyName: 'Vos', dateOfBirth: '1987-04-04', bsn: undefined },
      { givenName: 'Noor', familyName: 'Vos', dateOfBirth: '2016-09-01', bsn: '111222333' },
    ]);
  });

  it('places the API’s problems on the person it names by position, and ignores what no one can fix', () => {
    expect(formFieldOf('members.1.dateOfBirth', plan)).toBe('members.1.dateOfBirth');
    expect(formFieldOf('network.0.email', plan)).toBe('network.0.email');
    expect(formFieldOf('input.name', plan)).toBe('name');
    expect(formFieldOf('familyId', plan)).toBeNull();
  });
});
