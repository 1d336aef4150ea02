import { catalogue } from '@salw/kpi-catalogue';
import { APPLIED, ConsumedEvent } from '@salw/messaging';
import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import { dimensionKey, KpiReportHeader, ReportedObservation, seriesKey, ValueStatus } from '../../domain/report-events';
import { ValueVersion } from '../../domain/series';

/** A series document: one per jurisdiction × measure × dimensions, holding every version of every year's value. */
export interface SeriesDocument {
  _id: string;
  jurisdiction: string;
  measure: string;
  kpi: number;
  dimensions: Record<string, string>;
  dimensionKey: string;
  versions: ValueVersion[];
  /** How many versions the document holds: the optimistic-concurrency guard of the next write. */
  count: number;
  /** Per report stream, the last stream version folded in (idempotency). */
  _applied: Record<string, number>;
}

/**
 * Collects the versions of a slice of events per series document, then writes each touched document once.
 *
 * FerretDB pushes only equality filters down, and a guarded update per observation (`$or` + `$exists` filter)
 * scans the collection: with 100 000 observations that is quadratic. So the series read model reads each touched
 * document by `_id`, folds the new versions in memory (skipping any stream version it already holds: idempotent
 * under redelivery and replay), and writes it back with an equality-only guard `{ _id, count }`; a concurrent
 * writer makes the guard miss and the slice is retried by the consumer.
 */
export class SeriesWrites {
  private readonly pending = new Map<string, { base: Omit<SeriesDocument, 'versions' | 'count' | '_applied'>; items: { streamId: string; streamVersion: number; version: ValueVersion }[] }>();

  add(event: ConsumedEvent, header: KpiReportHeader, status: ValueStatus, observations: ReportedObservation[]): void {
    for (const observation of observations) {
      const id = seriesKey(header.jurisdiction, observation.measure, observation.dimensions);
      const entry = this.pending.get(id) ?? {
        base: {
          _id: id,
          jurisdiction: header.jurisdiction,
          measure: observation.measure,
          kpi: catalogue.kpiOfMeasure(observation.measure)?.number ?? 0,
          dimensions: observation.dimensions,
          dimensionKey: dimensionKey(observation.dimensions),
        },
        items: [],
      };
      entry.items.push({
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        version: {
          year: header.year,
          status,
          value: observation.value,
          reportId: header.reportId,
          revision: header.revision,
          recordedAt: event.recordedAt,
          eventId: event.eventId,
        },
      });
      this.pending.set(id, entry);
    }
  }

  async flush(collection: Collection<SeriesDocument>): Promise<void> {
    const ids = [...this.pending.keys()];
    const existing = new Map<string, SeriesDocument>();
    for (let start = 0; start < ids.length; start += 64) {
      const docs = await Promise.all(ids.slice(start, start + 64).map((id) => collection.findOne({ _id: id })));
      for (const doc of docs) if (doc) existing.set(doc._id, doc);
    }
    const operations: AnyBulkWriteOperation<SeriesDocument>[] = [];
    for (const [id, { base, items }] of this.pending) {
      const before = existing.get(id);
      const doc: SeriesDocument = before
        ? { ...before, versions: [...before.versions], [APPLIED]: { ...before[APPLIED] } }
        : { ...base, versions: [], count: 0, [APPLIED]: {} };
      for (const item of items) {
        if ((doc[APPLIED][item.streamId] ?? 0) >= item.streamVersion) continue;
        doc[APPLIED][item.streamId] = item.streamVersion;
        doc.versions.push(item.version);
      }
      if (before && doc.versions.length === before.versions.length) continue;
      doc.count = doc.versions.length;
      operations.push(before ? { replaceOne: { filter: { _id: id, count: before.count }, replacement: doc } } : { insertOne: { document: doc } });
    }
    this.pending.clear();
    if (operations.length === 0) return;
    const result = await collection.bulkWrite(operations, { ordered: false });
    const expected = operations.filter((operation) => 'replaceOne' in operation).length;
    if (result.matchedCount < expected) throw new Error(`series changed concurrently (${expected - result.matchedCount} documents): retrying the slice`);
  }
}
