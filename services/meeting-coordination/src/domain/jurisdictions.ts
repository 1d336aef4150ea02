/** Jurisdiction codes of the KPI catalogue; the six beneficiaries (WB6) hold local coordination meetings. */
export const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'] as const;
/** Chisinau follows the Roadmap as an associated jurisdiction. */
export const JURISDICTIONS = [...WB6, 'chisinau'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A calendar date `YYYY-MM-DD` that exists, within the platform's years (the one shared rule). */
export { isCalendarDate } from '@salw/decider';

/** Adds whole months to a calendar date (end-of-month clamped). */
export function addMonths(value: string, months: number): string {
  const [year, month, day] = value.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
