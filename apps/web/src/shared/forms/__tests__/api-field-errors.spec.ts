import { formFieldOf } from '../api-field-errors';

describe('formFieldOf', () => {
  const values = { text: '', assignee: '', members: [{ givenName: 'Anna', birthDate: '' }] };

  it('reads a field of the input argument', () => {
    expect(formFieldOf('input.text', values)).toBe('text');
  });

  it('marks the field a nested API field belongs to', () => {
    expect(formFieldOf('input.assignee.id', values)).toBe('assignee');
  });

  it('marks a person in a list by their place in it', () => {
    expect(formFieldOf('input.members.0.birthDate', values)).toBe('members.0.birthDate');
  });

  it('uses an alias where the API names a field otherwise', () => {
    expect(formFieldOf('input.assigneeId', values, { assigneeId: 'assignee' })).toBe('assignee');
  });

  it('finds nothing for a field the form does not hold', () => {
    expect(formFieldOf('input.familyId', values)).toBeNull();
  });

  it('marks the list when the API names a place in it the form does not have', () => {
    expect(formFieldOf('input.members.3.birthDate', values)).toBe('members');
  });
});
