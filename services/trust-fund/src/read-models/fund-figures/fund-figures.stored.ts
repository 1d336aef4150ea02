/**
 * The figures as stored: every map keyed by a domain id (donor, pledge, project, deposit, organization, jurisdiction)
 * becomes a list of `{ id, value }`, so no id is ever a field name (docs/decisions/0001-storage-on-ferretdb.md).
 * The fold keeps its maps; only the projector's read and write pass through here.
 */
import { FundFigures } from './fund-figures.fold';

const KEYED_BY_ID = [
  'donors',
  'pledges',
  'projects',
  'depositLines',
  'organizationInterest',
  'byJurisdiction',
] as const;
type KeyedById = (typeof KEYED_BY_ID)[number];

export interface Entry<Value> {
  id: string;
  value: Value;
}

export type StoredFigures = Omit<FundFigures, KeyedById> & {
  [Field in KeyedById]: FundFigures[Field] extends Record<string, infer Value> | undefined ? Entry<Value>[] : never;
};

export function storedFigures(figures: FundFigures): StoredFigures {
  const stored: Record<string, unknown> = { ...figures };
  for (const field of KEYED_BY_ID)
    stored[field] = Object.entries(figures[field] ?? {}).map(([id, value]) => ({ id, value }));
  return stored as StoredFigures;
}

export function figuresOf(stored: StoredFigures): FundFigures {
  const figures: Record<string, unknown> = { ...stored };
  for (const field of KEYED_BY_ID)
    figures[field] = Object.fromEntries((stored[field] as Entry<unknown>[]).map(({ id, value }) => [id, value]));
  return figures as unknown as FundFigures;
}
