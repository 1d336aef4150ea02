import {
  BASELINE_YEAR,
  CALENDAR_DATE_PATTERN,
  FIRST_DATE_YEAR,
  FIRST_REPORT_YEAR,
  isCalendarDate,
  isReportYear,
  LAST_YEAR,
  REPORT_YEAR_PATTERN,
} from './calendar';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** What the Gregorian calendar says, by the JS Date (independent of the pattern). */
const exists = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

describe('the calendar date pattern the OpenAPI documents carry', () => {
  it('matches exactly the days that exist between the first and the last year', () => {
    const pattern = new RegExp(CALENDAR_DATE_PATTERN);
    const wrong: string[] = [];
    for (let year = FIRST_DATE_YEAR; year <= LAST_YEAR; year += 1)
      for (let month = 1; month <= 12; month += 1)
        for (let day = 1; day <= 31; day += 1) {
          const text = `${year}-${pad(month)}-${pad(day)}`;
          if (pattern.test(text) !== exists(year, month, day)) wrong.push(text);
        }
    expect(wrong).toEqual([]);
  });

  it('refuses years, months and days out of range and other shapes', () => {
    for (const text of [
      '1999-12-31',
      '2101-01-01',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2100-02-29',
      '2023-02-29',
      '2024-4-01',
      ' 2024-04-01',
      '2024-04-01\n',
    ])
      expect(isCalendarDate(text)).toBe(false);
    for (const text of ['2000-02-29', '2024-02-29', '2100-12-31', '2000-01-01'])
      expect(isCalendarDate(text)).toBe(true);
  });
});

describe('the years reported on', () => {
  it('are the integers from the baseline to the last year, in the pattern the periods use and in isReportYear', () => {
    const pattern = new RegExp(`^${REPORT_YEAR_PATTERN}$`);
    const wrong: number[] = [];
    for (let year = 1900; year <= 2200; year += 1) {
      const within = year >= BASELINE_YEAR && year <= LAST_YEAR;
      if (pattern.test(String(year)) !== within || isReportYear(year) !== within) wrong.push(year);
    }
    expect(wrong).toEqual([]);
    expect([FIRST_REPORT_YEAR, BASELINE_YEAR]).toEqual([2018, 2018]);
    for (const value of [2018.5, '2018', Number.NaN, null]) expect(isReportYear(value)).toBe(false);
  });
});
