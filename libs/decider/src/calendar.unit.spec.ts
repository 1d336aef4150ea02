import { CALENDAR_DATE_PATTERN, FIRST_DATE_YEAR, isCalendarDate, LAST_YEAR } from './calendar';

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
