import { formatPeriod } from '@/lib/format/period';

describe('formatPeriod', () => {
  it('names a week by its first day, with a short month', () => {
    expect(formatPeriod('2017-06-05', 'week')).toBe('week of 5 Jun 2017');
    expect(formatPeriod('2017-09-25', 'week')).toBe('week of 25 Sep 2017');
    expect(formatPeriod('2018-01-01', 'week')).toBe('week of 1 Jan 2018');
  });

  it('names a month by its full name and year', () => {
    expect(formatPeriod('2017-06-01', 'month')).toBe('June 2017');
    expect(formatPeriod('2017-12-01', 'month')).toBe('December 2017');
  });

  it('names a year by its number', () => {
    expect(formatPeriod('2017-01-01', 'year')).toBe('2017');
  });

  it('reads the day as written, whatever the time zone of the machine', () => {
    expect(formatPeriod('2017-01-01T00:00:00.000Z', 'week')).toBe('week of 1 Jan 2017');
  });

  it('leaves a value that is not a day as it is', () => {
    expect(formatPeriod('not a day', 'month')).toBe('not a day');
    expect(formatPeriod('2017-13-01', 'month')).toBe('2017-13-01');
  });
});
