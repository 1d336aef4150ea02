/**
 * The Roadmap's calendar: dates and years the platform accepts. The Roadmap's baseline is 2018
 * and it runs to 2030; the upper bound leaves room for follow-up phases while keeping loops over
 * years (a regional report reads every year from the baseline) small.
 */
export const BASELINE_YEAR = 2018;
export const LAST_YEAR = 2100;
/** Dates (pledges, rates, meetings, due dates) may lie before the baseline, from this year on. */
export const FIRST_DATE_YEAR = 2000;
/**
 * The years reported on (KPI reports and their imports, narrative periods, reporting rounds, the periods meetings take
 * stock of, the years read back): from the baseline to LAST_YEAR. Nothing is reported for a year before the Roadmap.
 */
export const FIRST_REPORT_YEAR = BASELINE_YEAR;
/** FIRST_REPORT_YEAR..LAST_YEAR as a pattern (2018-2019, 2020-2099, 2100), for texts such as the half-year 2024-H1. */
export const REPORT_YEAR_PATTERN = '(?:201[89]|20[2-9][0-9]|2100)';
export const REPORT_YEAR_MESSAGE = `must be a year between ${BASELINE_YEAR} and ${LAST_YEAR}`;
/** A year reported on (an integer FIRST_REPORT_YEAR..LAST_YEAR). */
export function isReportYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= FIRST_REPORT_YEAR && (value as number) <= LAST_YEAR;
}
/** Reporting and coordination rounds: about two a year from the baseline to LAST_YEAR. */
export const MAX_ROUND_NUMBER = 200;

/**
 * `YYYY-MM-DD` of a day that exists, the year within FIRST_DATE_YEAR..LAST_YEAR: months of 31, of 30 and February's
 * 28 days in any year, 29 February in the leap years (2000..2096 divisible by 4; 2100 is not one). Exact, so the
 * OpenAPI documents say which dates the API takes: a pattern allowing 31 April let the fuzzer's valid requests be refused.
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:(?:20[0-9]{2}|2100)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|20(?:[02468][048]|[13579][26])-02-29)$';
const CALENDAR_DATE = new RegExp(CALENDAR_DATE_PATTERN);

export const CALENDAR_DATE_MESSAGE = `must be a real calendar date YYYY-MM-DD between ${FIRST_DATE_YEAR}-01-01 and ${LAST_YEAR}-12-31`;

/** A date that exists (no 30 February, no month 13) within the platform's years. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
