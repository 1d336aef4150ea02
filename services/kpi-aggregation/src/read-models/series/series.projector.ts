import { catalogue } from '@salw/kpi-catalogue';
import { ConsumedEvent, FoldBookkeeping, FoldWrites, HeldDocuments } from '@salw/messaging';
import type { Collection } from 'mongodb';
import { dimensionKey, KpiReportHeader, ReportedObservation, seriesKey, ValueStatus } from '../../domain/report-events';
import { ValueVersion } from '../../domain/series';

/** A series document: one per jurisdiction × measure × dimensions, holding every version of every year's value. */
export interface SeriesDocument extends FoldBookkeeping {
  jurisdiction: string;
  measure: string;
  kpi: number;
  dimensions: Record<string, string>;
  dimensionKey: string;
  versions: ValueVersion[];
}

type SeriesFields = Omit<SeriesDocument, keyof FoldBookkeeping>;

/**
 * Collects the versions of a slice of events per series document, then writes each touched
 * document once (FoldWrites: read by `_id`, fold, write back guarded; a stream version the
 * document already holds is skipped, so redelivery and replay are idempotent).
 */
export class SeriesWrites {
  private readonly writes = new FoldWrites<SeriesFields>();

  add(event: ConsumedEvent, header: KpiReportHeader, status: ValueStatus, observations: ReportedObservation[]): void {
    for (const observation of observations) {
      const id = seriesKey(header.jurisdiction, observation.measure, observation.dimensions);
      const version: ValueVersion = {
        year: header.year,
        status,
        value: observation.value,
        reportId: header.reportId,
        revision: header.revision,
        recordedAt: event.recordedAt,
        eventId: event.eventId,
      };
      this.writes.add(id, event.streamId, event.streamVersion, (doc) => ({
        ...(doc ?? {
          jurisdiction: header.jurisdiction,
          measure: observation.measure,
          kpi: catalogue.kpiOfMeasure(observation.measure)?.number ?? 0,
          dimensions: observation.dimensions,
          dimensionKey: dimensionKey(observation.dimensions),
          versions: [],
        }),
        versions: [...(doc?.versions ?? []), version],
      }));
    }
  }

  async flush(collection: Collection<SeriesDocument>, held?: HeldDocuments): Promise<void> {
    await this.writes.flush(collection as unknown as Collection, held);
  }
}
