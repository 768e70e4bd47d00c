import { ageOn, dutchToday } from './age';

describe('ageOn', () => {
  it.each([
    ['2010-05-20', '2026-05-19', 15],
    ['2010-05-20', '2026-05-20', 16],
    ['2010-05-20', '2026-12-31', 16],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2026-01-01', '2026-01-01', 0],
  ])('born %s is on %s %i years old', (born, day, age) => {
    expect(ageOn(born, day)).toBe(age);
  });
});

describe('dutchToday', () => {
  it('turns over at midnight in Amsterdam, not UTC', () => {
    expect(dutchToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(dutchToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
