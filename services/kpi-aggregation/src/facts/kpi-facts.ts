import { kpiV1 } from '@salw/contracts';
import { EventStore, NewEvent } from '@salw/event-store';
import { catalogue } from '@salw/kpi-catalogue';
import { ConsumedEvent } from '@salw/messaging';
import { KpiReportHeader, ReportedObservation, ValueStatus } from '../domain/report-events';

export function factsOf(
  event: ConsumedEvent,
  header: KpiReportHeader,
  status: ValueStatus,
  observations: ReportedObservation[],
): NewEvent[] {
  return observations.map((observation) => {
    const kpi = catalogue.kpiOfMeasure(observation.measure)?.number ?? 0;
    // One fact per observation of an accepted revision (analysts read the topic), built as its contract's wire JSON.
    const fact: Required<kpiV1.KpiFactRecordedJson> = {
      jurisdiction: header.jurisdiction,
      reportId: header.reportId,
      revision: header.revision,
      status,
      year: header.year,
      kpi,
      goals: catalogue.goalsOfKpi(kpi).map((goal) => goal.number),
      measure: observation.measure,
      dimensions: observation.dimensions,
      value: observation.value,
      sourceEventId: event.eventId,
      sourceRecordedAt: event.recordedAt,
    };
    return { type: 'KpiFactRecorded', data: fact };
  });
}

/**
 * Appends the facts of one report revision and status to the kpi event store (the relay publishes them to
 * `kpi.facts.v1`): the commit id is deterministic, so a redelivered or replayed report event appends nothing.
 */
export async function recordFacts(
  store: EventStore,
  event: ConsumedEvent,
  header: KpiReportHeader,
  status: ValueStatus,
  facts: NewEvent[],
): Promise<void> {
  if (facts.length === 0) return;
  const streamId = `kpi-facts:${header.jurisdiction}:${header.year}`;
  const commitId = `kpi-facts:${header.reportId}:r${header.revision}:${status}`;
  const metadata = {
    actor: { subject: 'kpi-aggregation', role: 'system' },
    correlationId: event.correlationId,
    causationId: event.eventId,
  };
  await store.append(streamId, await store.streamVersion(streamId), facts, metadata, { commitId });
}
