import { planItem } from '../testing/plan-item-fixture';
import { agreementState, byUrgency } from '../../../shared/components/agreement-state';
import { findContact, inWeekOrder } from '../utils/roster';

describe('the roster', () => {
  it('runs from Monday to Sunday, with entries on a date after the weekdays', () => {
    const sunday = planItem({ kind: 'ROSTER_ENTRY', weekday: 7 });
    const wednesday = planItem({ kind: 'ROSTER_ENTRY', weekday: 3 });
    const onADate = planItem({ kind: 'ROSTER_ENTRY', dueOn: '2025-12-24' });
    const monday = planItem({ kind: 'ROSTER_ENTRY', weekday: 1 });
    expect(inWeekOrder([sunday, wednesday, onADate, monday])).toEqual([monday, wednesday, sunday, onADate]);
  });

  it('finds whom to tell only by their exact name, never by a guess', () => {
    const people = [
      { name: 'Tante Anja', phone: '06 12345678' },
      { name: 'Buurvrouw Yvonne', phone: null },
    ];
    expect(findContact(' tante anja ', people)).toBe(people[0]);
    expect(findContact('Anja', people)).toBeNull();
    expect(findContact(null, people)).toBeNull();
  });
});

describe('agreements', () => {
  const today = '2025-11-20';

  it('are late when still open after their date', () => {
    expect(agreementState({ status: 'OPEN', dueOn: '2025-11-19' }, today)).toBe('overdue');
    expect(agreementState({ status: 'OPEN', dueOn: '2025-11-20' }, today)).toBe('open');
    expect(agreementState({ status: 'DONE', dueOn: '2025-11-01' }, today)).toBe('done');
    expect(agreementState({ status: 'NOT_KEPT', dueOn: '2025-11-01' }, today)).toBe('notKept');
  });

  it('a standing safety agreement (no date) always applies: never "not done yet", never late', () => {
    expect(agreementState({ kind: 'SAFETY_AGREEMENT', status: 'OPEN', dueOn: null }, today)).toBe('standing');
    expect(agreementState({ kind: 'SAFETY_AGREEMENT', status: 'OPEN', dueOn: '2025-11-19' }, today)).toBe('overdue');
    expect(agreementState({ kind: 'SAFETY_AGREEMENT', status: 'NOT_KEPT', dueOn: null }, today)).toBe('notKept');
    expect(agreementState({ kind: 'AGREEMENT', status: 'OPEN', dueOn: null }, today)).toBe('open');
  });

  it('show what is still open first, the most urgent on top, then what is finished', () => {
    const done = planItem({ kind: 'AGREEMENT', status: 'DONE', dueOn: '2025-10-01' });
    const later = planItem({ kind: 'AGREEMENT', status: 'OPEN', dueOn: '2025-12-01' });
    const late = planItem({ kind: 'AGREEMENT', status: 'OPEN', dueOn: '2025-11-01' });
    const notKept = planItem({ kind: 'AGREEMENT', status: 'NOT_KEPT', dueOn: '2025-11-10' });
    expect(byUrgency([done, later, late, notKept], today)).toEqual([late, later, notKept, done]);
  });
});
