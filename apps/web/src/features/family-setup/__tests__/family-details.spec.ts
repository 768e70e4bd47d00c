import { changesWhoConsents, checkMemberDetails, memberInputOf, newMemberDetails } from '../utils/member-details';
import { checkNetworkDetails, networkInputOf } from '../utils/network-details';
import { checkNewPlan, newPlanProblemsFromApi, NewPlanDraft } from '../utils/new-plan-draft';

const TODAY = '2026-03-10';
const iris = { ...newMemberDetails('PARENT', 'Vos'), givenName: 'Iris', dateOfBirth: '1987-04-04' };
const noor = { ...newMemberDetails('CHILD', 'Vos'), givenName: 'Noor', dateOfBirth: '2016-09-01' };

describe('a family member’s details', () => {
  it('are checked as the API checks them: names, and a date of birth neither missing, in the future nor before 1900', () => {
    expect(checkMemberDetails(iris, TODAY)).toEqual({});
    expect(checkMemberDetails({ ...iris, givenName: '  ', familyName: 'x'.repeat(101), dateOfBirth: '' }, TODAY)).toEqual({
      givenName: 'empty',
      familyName: 'tooLong',
      dateOfBirth: 'empty',
    });
    expect(checkMemberDetails({ ...iris, dateOfBirth: '2026-03-11' }, TODAY)).toEqual({ dateOfBirth: 'invalid' });
    expect(checkMemberDetails({ ...iris, dateOfBirth: '1900-01-01' }, TODAY)).toEqual({ dateOfBirth: 'invalid' });
  });

  it('give parental authority only to a parent or carer, whatever the form still holds', () => {
    expect(memberInputOf({ ...iris, givenName: ' Iris ' })).toMatchObject({ givenName: 'Iris', hasParentalAuthority: true });
    expect(memberInputOf({ ...iris, role: 'OTHER_HOUSEHOLD_MEMBER' }).hasParentalAuthority).toBe(false);
  });

  it('change who consents when the date of birth, role or authority changes, not the name or living at home', () => {
    expect(changesWhoConsents(noor, { ...noor, givenName: 'Nora', livesAtHome: false })).toBe(false);
    expect(changesWhoConsents(noor, { ...noor, dateOfBirth: '2013-09-01' })).toBe(true);
    expect(changesWhoConsents(iris, { ...iris, hasParentalAuthority: false })).toBe(true);
    // Authority ticked on a child never reaches the API, so nothing changes for consent.
    expect(changesWhoConsents(noor, { ...noor, hasParentalAuthority: true })).toBe(false);
  });
});

describe('a network member’s details', () => {
  it('need a name and a relation; phone and e-mail are optional but checked when given', () => {
    expect(checkNetworkDetails({ name: 'Oma Truus', relation: 'oma', phone: '', email: '' })).toEqual({});
    // What the API refuses: anything but digits, spaces, +, - and parentheses (a link, a script).
    expect(checkNetworkDetails({ name: 'Oma Truus', relation: 'oma', phone: 'javascript:alert(1)', email: '' })).toEqual({ phone: 'invalid' });
    expect(checkNetworkDetails({ name: 'Oma Truus', relation: 'oma', phone: '+31 (0)6-1234 5678', email: '' })).toEqual({});
    expect(checkNetworkDetails({ name: '', relation: ' ', phone: '0'.repeat(51), email: 'truus@' })).toEqual({
      name: 'empty',
      relation: 'empty',
      phone: 'tooLong',
      email: 'invalid',
    });
    expect(networkInputOf({ name: ' Oma Truus ', relation: 'oma', phone: ' ', email: '' })).toEqual({
      name: 'Oma Truus',
      relation: 'oma',
      phone: null,
      email: null,
    });
  });
});

describe('a new plan', () => {
  const draft: NewPlanDraft = {
    name: 'Gezin Vos',
    members: [
      { key: 'm0', ...iris, bsn: '', differentPersonConfirmed: false },
      { key: 'm1', ...noor, bsn: '', differentPersonConfirmed: false },
    ],
    network: [{ key: 'n0', name: 'Oma Truus', relation: 'oma', phone: '', email: '' }],
    regisseurTask: 'Regie',
    regisseurCategories: ['GENERAL'],
  };

  it('marks each person’s own problems and the parts they are in', () => {
    expect(checkNewPlan(draft, TODAY).fields).toEqual({});
    const problems = checkNewPlan(
      { ...draft, members: [draft.members[0], { ...draft.members[1], dateOfBirth: '' }], regisseurTask: 'ok', regisseurCategories: [] },
      TODAY,
    );
    expect(problems).toEqual({
      fields: { members: 'invalid', regisseurTask: 'invalid', regisseurCategories: 'empty' },
      members: { m1: { dateOfBirth: 'empty' } },
      network: {},
      bsn: {},
    });
  });

  it('places the API’s problems on the person it names by position, and ignores what no one can fix', () => {
    const placed = newPlanProblemsFromApi(
      [
        { field: 'members.1.dateOfBirth', message: 'lies in the future' },
        { field: 'network.0.email', message: 'enter a valid e-mail address' },
        { field: 'members.0.hasParentalAuthority', message: 'only a parent or carer has parental authority' },
        { field: 'name', message: 'enter a name for the family' },
      ],
      draft,
    );
    expect(placed).toEqual({
      fields: { members: 'invalid', network: 'invalid', name: 'invalid' },
      members: { m1: { dateOfBirth: 'invalid' } },
      network: { n0: { email: 'invalid' } },
      bsn: {},
    });
  });
});
