import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { currentVersionOf } from '../utils/conflict';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Someone else changed this item', extensions }] });

describe('reading the other person’s version from a CONFLICT', () => {
  it('takes the current version the API sends along', () => {
    const current = {
      id: 'item-1',
      version: 3,
      text: 'Esther belt zelf de schuldhulp',
      status: 'OPEN',
      dueOn: '2026-04-01',
      updatedAt: '2026-03-10T09:30:00.000Z',
      author: { type: 'INVOLVEMENT', id: 'inv', name: 'Sanne Jansen' },
    };
    expect(currentVersionOf(apiError({ code: 'CONFLICT', current }))).toEqual({
      id: 'item-1',
      version: 3,
      text: 'Esther belt zelf de schuldhulp',
      status: 'OPEN',
      statusReason: null,
      dueOn: '2026-04-01',
      updatedAt: '2026-03-10T09:30:00.000Z',
    });
  });

  it('has nothing to show for a conflict without a version, another error, or no answer at all', () => {
    expect(currentVersionOf(apiError({ code: 'CONFLICT' }))).toBeNull();
    expect(currentVersionOf(apiError({ code: 'CONFLICT', current: { id: 'x' } }))).toBeNull();
    expect(currentVersionOf(apiError({ code: 'FORBIDDEN', current: { id: 'x', version: 2 } }))).toBeNull();
    expect(currentVersionOf(new TypeError('Failed to fetch'))).toBeNull();
  });
});
