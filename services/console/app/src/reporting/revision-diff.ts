import type { Observation, ObservationValue } from '../api/client';

/** One cell whose value differs between the last accepted revision and the one under review. */
export interface CellChange {
  measure: string;
  dimensions: Record<string, string>;
  before?: ObservationValue;
  after?: ObservationValue;
}

const cellKey = (o: Pick<Observation, 'measure' | 'dimensions'>) =>
  `${o.measure}|${Object.entries(o.dimensions ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, v]) => `${d}=${v}`)
    .join(',')}`;

const sameValue = (a: ObservationValue | undefined, b: ObservationValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** What changed since the last accepted revision: added, changed and removed cells (unchanged ones are left out). */
export function revisionDiff(accepted: readonly Observation[], current: readonly Observation[]): CellChange[] {
  const before = new Map(accepted.map((o) => [cellKey(o), o]));
  const after = new Map(current.map((o) => [cellKey(o), o]));
  const changes: CellChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    if (sameValue(old?.value, now?.value)) continue;
    const cell = (now ?? old)!;
    changes.push({ measure: cell.measure, dimensions: cell.dimensions ?? {}, before: old?.value, after: now?.value });
  }
  return changes.sort((a, b) => cellKey(a).localeCompare(cellKey(b)));
}
