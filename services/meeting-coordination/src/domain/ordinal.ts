/** English ordinal of a whole number: 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd … 111th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  // 11, 12 and 13 take "th" whatever their last digit says.
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** "First" … "Tenth" as the seeds write the early rounds, then "11th", "21st", …. */
export function ordinalLabel(n: number): string {
  return WORDS[n - 1] ?? ordinal(n);
}
