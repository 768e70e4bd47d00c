import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formProblemOf } from '../form-problem';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'for the log, not the screen', extensions }] });

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
    const problem = formProblemOf(error, fields);
    expect(problem).toEqual({ kind: 'fields', fields: { assignee: 'invalid', dueOn: 'invalid' } });
    expect(problem.kind === 'fields' && Object.keys(problem.fields)).toEqual(['assignee', 'dueOn']);
  });

  it('marks each rejected field the form has, with or without the input prefix', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'text', message: 'must not be empty' },
        { field: 'input.dueOn', message: 'must be a date (YYYY-MM-DD)' },
      ],
    });
    expect(formProblemOf(error, fields)).toEqual({ kind: 'fields', fields: { text: 'invalid', dueOn: 'invalid' } });
  });

  it('counts a rejected field the form does not show as a fault the person cannot fix', () => {
    const error = apiError({ code: 'BAD_USER_INPUT', fields: [{ field: 'familyId', message: 'must be an id' }] });
    expect(formProblemOf(error, fields)).toEqual({ kind: 'unavailable' });
  });

  it('tells a change by someone else, a vanished item, a refusal and an ended session apart', () => {
    expect(formProblemOf(apiError({ code: 'CONFLICT' }), fields)).toEqual({ kind: 'conflict' });
    expect(formProblemOf(apiError({ code: 'NOT_FOUND' }), fields)).toEqual({ kind: 'notFound' });
    expect(formProblemOf(apiError({ code: 'FORBIDDEN' }), fields)).toEqual({ kind: 'notAllowed' });
    expect(formProblemOf(apiError({ code: 'UNAUTHENTICATED' }), fields)).toEqual({ kind: 'signedOut' });
  });

  it('tells a busy server (every database connection in use) apart from a fault', () => {
    expect(formProblemOf(apiError({ code: 'SERVER_BUSY' }), fields)).toEqual({ kind: 'busy' });
  });

  it('reports anything else, a network failure included, as the service being unavailable', () => {
    expect(formProblemOf(apiError({ code: 'INTERNAL_SERVER_ERROR' }), fields)).toEqual({ kind: 'unavailable' });
    expect(formProblemOf(apiError({ code: 'SERVICE_UNAVAILABLE' }), fields)).toEqual({ kind: 'unavailable' });
    expect(formProblemOf(new TypeError('Failed to fetch'), fields)).toEqual({ kind: 'unavailable' });
  });
});
