import { reportingEvents } from '@salw/contracts';
import { EventStore } from '@salw/event-store';
import { ConsumedEvent, EventBatchHandler, FoldWrites, HeldDocuments } from '@salw/messaging';
import type { Db } from 'mongodb';
import { PROJECTIONS } from '../constants';
import { readKpiReportHeader, readObservations, UnreadableReportEvent, ValueStatus } from '../domain/report-events';
import { factsOf, recordFacts } from '../facts/kpi-facts';
import { queueReportStatusWrites, ReportStatusDocument, RoundDocument } from './completeness/completeness.projector';
import { SeriesDocument, SeriesWrites } from './series/series.projector';

// A Map: an event type such as `constructor` finds nothing.
const VALUE_STATUS = new Map<string, ValueStatus>([
  ['KpiReportSubmitted', 'provisional'],
  ['KpiReportAccepted', 'validated'],
]);

/**
 * The one handler of `reporting.reports.v1`, used by the live consumer and by the rebuild: reads every event of the
 * slice first (an unreadable one throws before anything is written, so the consumer isolates it and parks it in the
 * dead-letter topic), then writes all projections with guarded bulk writes, then records the KPI facts of accepted revisions idempotently.
 * Each event is decoded as its generated message (reportingEvents); unknown event types are skipped. The handler holds the projection documents it wrote (HeldDocuments): a slice folds
 * onto them without reading them again, so a replay pays one write per touched document and slice, and no read.
 */
export function reportEventsHandler(db: Db, store?: EventStore): EventBatchHandler {
  const held = new HeldDocuments();
  return async (events: ConsumedEvent[]) => {
    const series = new SeriesWrites();
    const reports = new FoldWrites<ReportStatusDocument>();
    const rounds = new FoldWrites<RoundDocument>();
    const facts: (() => Promise<void>)[] = [];
    for (const consumed of events) {
      const event = reportingEvents.decode(consumed);
      if (!event) continue;
      const status = VALUE_STATUS.get(event.type);
      if (status && (event.type === 'KpiReportSubmitted' || event.type === 'KpiReportAccepted')) {
        const header = readKpiReportHeader(event.payload);
        if (header.reportId !== event.streamId)
          throw new UnreadableReportEvent(`payload.reportId ${header.reportId} is not the stream ${event.streamId}`);
        const observations = readObservations(event.payload.observations);
        series.add(event, header, status, observations);
        // kpi.facts.v1 is what analysts subscribe to: it carries accepted (validated) values only.
        if (store && status === 'validated')
          facts.push(() => recordFacts(store, event, header, status, factsOf(event, header, status, observations)));
      }
      queueReportStatusWrites(reports, rounds, event);
    }
    await series.flush(db.collection<SeriesDocument>(PROJECTIONS.series), held);
    await reports.flush(db.collection(PROJECTIONS.reports), held);
    await rounds.flush(db.collection(PROJECTIONS.rounds), held);
    for (const record of facts) await record();
  };
}
