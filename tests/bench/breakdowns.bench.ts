/*
 * Breakdown check benchmark: checkBreakdowns on the worst input a request can carry (half the observations the
 * same total, given again and again, half its parts by one dimension), beside the algorithm it replaced and a raw
 * loop that only sums the parts' amounts (the least any check must do), measured in the same run.
 *   node -r @swc-node/register tests/bench/breakdowns.bench.ts
 * Env: BENCH_OBSERVATIONS (comma-separated sizes, default "1000,5000"); BENCH_BEFORE_MAX (largest size the replaced
 * algorithm is run for, default 2000: at 5,000 it blocks for minutes).
 */
import { catalogue, checkBreakdowns, KpiCatalogue, toScaled } from '@salw/kpi-catalogue';
import { fmt, printTable } from './bench-kit';

const SIZES = (process.env.BENCH_OBSERVATIONS ?? '1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const BEFORE_MAX = Number(process.env.BENCH_BEFORE_MAX ?? 2000);

interface Obs {
  measure: string;
  dimensions: Record<string, string>;
  value: { kind: 'number'; amount: string };
}

/** n/2 copies of the total 1 and n/2 parts of 1 by location: every copy's breakdown sums to n/2 > 1. */
function worstCase(n: number): Obs[] {
  const total = (): Obs => ({
    measure: 'kpi4_firearms_seized',
    dimensions: {},
    value: { kind: 'number', amount: '1' },
  });
  const part = (i: number): Obs => ({
    measure: 'kpi4_firearms_seized',
    dimensions: { location: i % 2 === 0 ? 'inland' : 'border' },
    value: { kind: 'number', amount: '1' },
  });
  return [...Array.from({ length: n / 2 }, total), ...Array.from({ length: n / 2 }, (_, i) => part(i))];
}

function millis(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of a few runs: the machine is shared, one run can be unlucky. */
function medianMillis(runs: number, work: () => unknown): number {
  const times = Array.from({ length: runs }, () => millis(work)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** The raw limit: one pass summing every observation's amount into its cell. */
function rawLoop(observations: Obs[]): number {
  const sums = new Map<string, bigint>();
  for (const o of observations) {
    const key = `${o.measure}|${Object.keys(o.dimensions).join(',')}`;
    sums.set(key, (sums.get(key) ?? 0n) + toScaled(o.value.amount));
  }
  return sums.size;
}

/** The algorithm checkBreakdowns had before (kept here only to measure it): every part against every copy of a total, arrays copied on each step. */
function replacedBreakdowns(_catalogue: KpiCatalogue, observations: Obs[]): unknown[] {
  const cellKey = (measure: string, dims: Record<string, string>) =>
    JSON.stringify([
      measure,
      Object.keys(dims)
        .sort()
        .map((k) => [k, dims[k]]),
    ]);
  const entries = observations.map((o, i) => ({ i, scaled: toScaled(o.value.amount), o }));
  const totalsByCell = new Map<string, number[]>();
  for (const { i, o } of entries) {
    const key = cellKey(o.measure, o.dimensions);
    totalsByCell.set(key, [...(totalsByCell.get(key) ?? []), i]);
  }
  const breakdowns = new Map<number, Map<string, number[]>>();
  for (const { i, o } of entries) {
    for (const extra of Object.keys(o.dimensions)) {
      const rest = { ...o.dimensions };
      delete rest[extra];
      for (const t of totalsByCell.get(cellKey(o.measure, rest)) ?? []) {
        const byDimension = breakdowns.get(t) ?? new Map<string, number[]>();
        byDimension.set(extra, [...(byDimension.get(extra) ?? []), i]);
        breakdowns.set(t, byDimension);
      }
    }
  }
  const problems: { path: string; message: string }[] = [];
  for (const [t, byDimension] of breakdowns) {
    for (const [dimension, parts] of byDimension) {
      const sum = parts.reduce((acc, p) => acc + entries[p].scaled, 0n);
      if (sum > entries[t].scaled) {
        const partPaths = parts.map((p) => `observations[${p}]`).join(', ');
        problems.push({
          path: `observations[${t}]`,
          message: `by "${dimension}" sums to ${sum} (parts: ${partPaths})`,
        });
      }
    }
  }
  return problems;
}

function main(): void {
  const rows: (string | number)[][] = [];
  for (const n of SIZES) {
    const observations = worstCase(n);
    checkBreakdowns(catalogue, observations, 'w'); // warm-up
    const raw = medianMillis(5, () => rawLoop(observations));
    const after = medianMillis(5, () => checkBreakdowns(catalogue, observations, 'observations'));
    const before = n <= BEFORE_MAX ? medianMillis(1, () => replacedBreakdowns(catalogue, observations)) : NaN;
    rows.push([
      n,
      fmt(raw, 1),
      fmt(after, 1),
      Number.isFinite(before) ? fmt(before, 1) : `not run (> BENCH_BEFORE_MAX ${BEFORE_MAX})`,
      fmt(after / raw, 1),
    ]);
  }
  printTable(
    'checkBreakdowns, worst case (n/2 copies of one total, n/2 parts): ms of blocked event loop (median of 5; before: 1 run)',
    ['observations', 'raw loop ms', 'checkBreakdowns ms (now)', 'replaced algorithm ms (before)', 'now ÷ raw'],
    rows,
  );
}

main();
