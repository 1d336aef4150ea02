/**
 * Figures transcribed from the seed documents, for the demo data and as the hand-checked
 * reference of tests. KPI 3 of seed 003 (13th progress reports, Pristina, 16 June 2025): the
 * tables "Illegal possession of FAE" and "Trafficking of FAE", 2018–2024.
 * `null` is "No data" in the source: never 0.
 */
export const KPI3_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

export const KPI3_003: Record<'illegal_possession' | 'trafficking', Record<string, (number | null)[]>> = {
  illegal_possession: {
    kpi3_reported_cases: [1327, 2187, 1003, 1414, 1498, 1397, 1434],
    kpi3_reported_individuals: [1691, 3063, 1339, 1782, 1887, 1773, 1510],
    kpi3_solved_with_conviction: [null, 580, 14, 42, 339, 33, 591],
    kpi3_solved_another_way: [null, 162, 7, 6, 17, 0, 198],
  },
  trafficking: {
    kpi3_reported_cases: [19, 61, 10, 15, 22, 20, 19],
    kpi3_reported_individuals: [56, 76, 19, 42, 38, 35, 47],
    kpi3_solved_with_conviction: [null, 8, 0, 0, 69, 0, 5],
    kpi3_solved_another_way: [null, 2, 0, 0, 0, 0, 7],
  },
};

export type SeedValue = { kind: 'number'; amount: string } | { kind: 'no_data'; reason: string };

/** The KPI 3 observations of one year of seed 003, in the reporting contract's shape. */
export function kpi3Observations(
  year: number,
  noDataReason = 'No data',
): { measure: string; dimensions: Record<string, string>; value: SeedValue }[] {
  const index = KPI3_YEARS.indexOf(year as (typeof KPI3_YEARS)[number]);
  if (index < 0) return [];
  return Object.entries(KPI3_003).flatMap(([category, measures]) =>
    Object.entries(measures).map(([measure, values]) => {
      const amount = values[index];
      const value: SeedValue =
        amount === null ? { kind: 'no_data', reason: noDataReason } : { kind: 'number', amount: String(amount) };
      return { measure, dimensions: { offence_category: category }, value };
    }),
  );
}
