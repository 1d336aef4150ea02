import { assertSeesUnderReview, AuthenticatedActor, seesUnderReview } from '@salw/platform';
import { SeriesView, ValueVersion } from '../../domain/series';

/*
 * kpi-aggregation's one read rule (the platform's `seesUnderReview`, as report-intake applies it): submitted but
 * unaccepted values are for SEESAC and the owning ministry only; every other reader sees validated values.
 */

/**
 * A view that shows unaccepted values (`provisional`, `latest`) is refused with 403 to a reader who may not see
 * them: answering with validated values instead would look like the figures asked for. `jurisdiction` undefined
 * = figures of several jurisdictions (regional totals, regional indicators): SEESAC only.
 */
export function assertReadableView(
  reader: AuthenticatedActor,
  jurisdiction: string | undefined,
  view: SeriesView | undefined,
): void {
  if (view === 'provisional' || view === 'latest') assertSeesUnderReview(reader, jurisdiction, `The ${view} view`);
}

/** The versions of a jurisdiction's series the reader may see (history and as-of queries included). */
export function readableVersions(
  reader: AuthenticatedActor,
  jurisdiction: string,
  versions: ValueVersion[],
): ValueVersion[] {
  return seesUnderReview(reader, jurisdiction)
    ? versions
    : versions.filter((version) => version.status === 'validated');
}
