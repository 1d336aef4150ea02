import { catalogue } from '@salw/kpi-catalogue';
import { WITHOUT_BOOKKEEPING } from '@salw/messaging';
import type { AuthenticatedActor } from '@salw/platform';
import type { Db } from 'mongodb';
import { PROJECTIONS } from '../../constants';
import { KpiValue, seriesKey } from '../../domain/report-events';
import { SeriesQuery, SeriesView, ValueVersion, versionFor } from '../../domain/series';
import { readableVersions } from './readable';
import { SeriesDocument } from './series.projector';

/** Series read by key (FerretDB pushes only equality filters down). */
export class SeriesQueries {
  constructor(private readonly db: Db) {}

  private get collection() {
    return this.db.collection<SeriesDocument>(PROJECTIONS.series);
  }

  /** The versions of one series that `reader` may see (unaccepted ones only for SEESAC and the owning ministry). */
  async versions(
    jurisdiction: string,
    measure: string,
    dimensions: Record<string, string>,
    reader: AuthenticatedActor,
  ): Promise<ValueVersion[]> {
    const doc = await this.collection.findOne({ _id: seriesKey(jurisdiction, measure, dimensions) });
    return readableVersions(reader, jurisdiction, doc?.versions ?? []);
  }

  /** The versions of one measure+dimensions for several jurisdictions, each fetched by key, as `reader` may see them. */
  async versionsOf(
    jurisdictions: readonly string[],
    measure: string,
    dimensions: Record<string, string>,
    reader: AuthenticatedActor,
  ): Promise<Record<string, ValueVersion[]>> {
    const entries = await Promise.all(
      jurisdictions.map(
        async (jurisdiction) => [jurisdiction, await this.versions(jurisdiction, measure, dimensions, reader)] as const,
      ),
    );
    return Object.fromEntries(entries);
  }

  /** Every series of a KPI (equality filter on `kpi`). */
  async seriesOfKpi(kpi: number): Promise<SeriesDocument[]> {
    return this.collection.find({ kpi }, WITHOUT_BOOKKEEPING).toArray();
  }
}

export function valueOf(
  versions: readonly ValueVersion[],
  year: number,
  view: SeriesView,
  query: Pick<SeriesQuery, 'asOf'>,
): KpiValue | undefined {
  return versionFor(versions, year, view, query)?.value;
}

export function knownMeasure(measure: string): boolean {
  return catalogue.measure(measure) !== undefined;
}
