/**
 * The Roadmap's calendar: dates and years the platform accepts. The Roadmap's baseline is 2018
 * and it runs to 2030; the upper bound leaves room for follow-up phases while keeping loops over
 * years (a regional report reads every year from the baseline) small.
 */
export const BASELINE_YEAR = 2018;
export const LAST_YEAR = 2100;
/** Dates (pledges, rates, meetings, due dates) may lie before the baseline, from this year on. */
export const FIRST_DATE_YEAR = 2000;
/** Reporting and coordination rounds: about two a year from the baseline to LAST_YEAR. */
export const MAX_ROUND_NUMBER = 200;

/** `YYYY-MM-DD` with the year within FIRST_DATE_YEAR..LAST_YEAR, month 01-12, day 01-31 (the day-of-month check is isCalendarDate). */
export const CALENDAR_DATE_PATTERN = '^(20\\d\\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const CALENDAR_DATE = new RegExp(CALENDAR_DATE_PATTERN);

export const CALENDAR_DATE_MESSAGE = `must be a real calendar date YYYY-MM-DD between ${FIRST_DATE_YEAR}-01-01 and ${LAST_YEAR}-12-31`;

/** A date that exists (no 30 February, no month 13) within the platform's years. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
