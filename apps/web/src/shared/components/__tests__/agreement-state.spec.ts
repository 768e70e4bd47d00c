import { agreementState, needsAttention, orderAgreements } from '../agreement-state';

describe('where an agreement stands', () => {
  const today = '2026-03-10';

  it('is overdue from the day after its date, not on the day itself', () => {
    expect(agreementState({ status: 'OPEN', dueOn: '2026-03-09' }, today)).toBe('overdue');
    expect(agreementState({ status: 'OPEN', dueOn: '2026-03-10' }, today)).toBe('open');
    expect(agreementState({ status: 'OPEN', dueOn: '2026-03-11' }, today)).toBe('open');
  });

  it('is never overdue once done or not kept, whatever its date', () => {
    expect(agreementState({ status: 'DONE', dueOn: '2026-01-01' }, today)).toBe('done');
    expect(agreementState({ status: 'NOT_KEPT', dueOn: '2026-01-01' }, today)).toBe('notKept');
  });

  it('treats an agreement without a date as open', () => {
    expect(agreementState({ status: 'OPEN', dueOn: null }, today)).toBe('open');
  });

  it('needs attention when overdue or not kept', () => {
    expect(['open', 'overdue', 'done', 'notKept'].filter((state) => needsAttention(state as never))).toEqual([
      'overdue',
      'notKept',
    ]);
  });
});

describe('the order of agreements', () => {
  it('puts what needs attention first, then what is open, then what is done, keeping the date order within each', () => {
    const agreements = [
      { id: 'done', status: 'DONE', dueOn: '2026-02-01' },
      { id: 'not-kept', status: 'NOT_KEPT', dueOn: '2026-02-10' },
      { id: 'overdue', status: 'OPEN', dueOn: '2026-03-01' },
      { id: 'open-soon', status: 'OPEN', dueOn: '2026-03-12' },
      { id: 'open-later', status: 'OPEN', dueOn: '2026-04-01' },
    ];
    expect(orderAgreements(agreements, '2026-03-10').map((agreement) => agreement.id)).toEqual([
      'not-kept',
      'overdue',
      'open-soon',
      'open-later',
      'done',
    ]);
  });
});
