import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formProblemOf } from '../form-problem';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'for the log', extensions }] });

describe('what a failed save means for a form', () => {
  const fields = ['text', 'assignee', 'dueOn'] as const;

  it('names the rejected fields the form has, a nested field counting for its parent, in form order', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'dueOn', message: 'say by when' },
        { field: 'assignee.id', message: 'must be an id' },
        { field: 'familyId', message: 'must be an id' },
      ],
    });
    expect(formProblemOf(error, fields)).toEqual({ kind: 'fields', fields: ['assignee', 'dueOn'] });
  });

  it('reports a rejection of fields the form does not show as a whole', () => {
    const error = apiError({ code: 'BAD_USER_INPUT', fields: [{ field: 'familyId', message: 'must be an id' }] });
    expect(formProblemOf(error, fields)).toEqual({ kind: 'refused' });
  });

  it('tells a conflict, a refusal and a fault apart', () => {
    expect(formProblemOf(apiError({ code: 'CONFLICT' }), fields)).toEqual({ kind: 'conflict' });
    expect(formProblemOf(apiError({ code: 'FORBIDDEN' }), fields)).toEqual({ kind: 'refused' });
    expect(formProblemOf(apiError({ code: 'NOT_FOUND' }), fields)).toEqual({ kind: 'refused' });
    expect(formProblemOf(new TypeError('Failed to fetch'), fields)).toEqual({ kind: 'unavailable' });
  });
});
