// The published versions of the catalogue. A version, once published, is never edited: a change to the catalogue
// is a new file data/catalogue.v<N+1>.json registered here. Reports record the version they were checked against.
import { KpiCatalogue } from './catalogue';
import v1 from './data/catalogue.v1.json';
import v2 from './data/catalogue.v2.json';

const DATA: Readonly<Record<number, unknown>> = {
  1: v1,
  2: v2,
};

const loaded = new Map<number, KpiCatalogue>();

/** The published catalogue versions, oldest first. */
export const catalogueVersions: readonly number[] = Object.keys(DATA)
  .map(Number)
  .sort((a, b) => a - b);

/** The newest published version. */
export const latestCatalogueVersion: number = catalogueVersions[catalogueVersions.length - 1];

/** One published version of the catalogue (validated once, then cached). Throws for an unknown version. */
export function loadCatalogue(version: number = latestCatalogueVersion): KpiCatalogue {
  const cached = loaded.get(version);
  if (cached) return cached;
  const data = DATA[version];
  if (data === undefined) {
    throw new RangeError(`no KPI catalogue version ${version} (published: ${catalogueVersions.join(', ')})`);
  }
  const catalogue = new KpiCatalogue(data);
  if (catalogue.version !== version) {
    throw new RangeError(`catalogue file for version ${version} declares version ${catalogue.version}`);
  }
  loaded.set(version, catalogue);
  return catalogue;
}
