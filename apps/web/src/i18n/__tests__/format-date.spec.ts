import { formatDate, formatTime } from '../format-date';

describe('formatting dates and times', () => {
  // 23:30 UTC on 30 November is already 1 December in the Netherlands.
  const lateEvening = new Date('2025-11-30T23:30:00Z');

  it('shows the day as it is in the Netherlands, whatever the device time zone', () => {
    expect(formatDate(lateEvening, 'nl')).toBe('1 december 2025');
    expect(formatDate(lateEvening, 'en')).toBe('1 December 2025');
  });

  it('shows the time on the Dutch 24-hour clock, in summer time too', () => {
    expect(formatTime(lateEvening, 'nl')).toBe('00:30');
    expect(formatTime(new Date('2025-07-01T12:05:00Z'), 'en')).toBe('14:05');
  });
});
