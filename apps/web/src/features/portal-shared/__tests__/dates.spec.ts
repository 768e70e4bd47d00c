import { capitalise, formatDay, isBefore, weekdayName } from '../utils/dates';

describe('days in the portal', () => {
  it('names the weekdays as the API numbers them, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(day, 'nl'))).toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ]);
    expect(weekdayName(3, 'en')).toBe('Wednesday');
    expect(capitalise(weekdayName(1, 'nl'))).toBe('Maandag');
  });

  it('shows a calendar day as that same day, in winter and in summer', () => {
    expect(formatDay('2025-12-01', 'nl')).toBe('1 december 2025');
    expect(formatDay('2025-07-01', 'en')).toBe('1 July 2025');
  });

  it('compares calendar days', () => {
    expect(isBefore('2025-11-19', '2025-11-20')).toBe(true);
    expect(isBefore('2025-11-20', '2025-11-20')).toBe(false);
  });
});
