import { Controller, Inject, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsumedEvent, GuardedWrites, HeldDocuments } from '@salw/messaging';
import { MONGO_DB } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS, CONSUMED } from '../../constants';

/** Report status each event of the reporting contract leads to. */
const STATUS_OF: Record<string, string> = {
  KpiReportDraftSaved: 'draft',
  KpiReportSubmitted: 'submitted',
  KpiReportReturnedForRevision: 'returned',
  KpiReportAccepted: 'accepted',
  KpiReportAmendmentStarted: 'amendment_in_progress',
  NarrativeReportDraftSaved: 'draft',
  NarrativeReportSubmitted: 'submitted',
  NarrativeReportReturnedForRevision: 'returned',
  NarrativeReportAccepted: 'accepted',
  NarrativeReportAmendmentStarted: 'amendment_in_progress',
};

/**
 * Consumes the report events (reporting.reports.v1) into one status document per report: what
 * a regional meeting's readiness is built from, without calling the report intake service.
 * Unknown event types and payload fields are skipped, as the contract asks.
 */
@Controller()
export class ReadinessProjector {
  private readonly logger = new Logger('ReadinessProjector');

  /** What this projector wrote last, folded onto instead of read again (one writer per document). */
  private readonly held = new HeldDocuments();

  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern(CONSUMED.reports)
  async apply(@Payload() events: ConsumedEvent[]): Promise<void> {
    const writes = new GuardedWrites();
    const rounds = new GuardedWrites();
    for (const event of events) {
      if (event.type === 'ReportingRoundOpened') {
        this.roundOpened(event, rounds);
        continue;
      }
      const status = STATUS_OF[event.type];
      if (!status) continue;
      const data = event.payload as Record<string, unknown>;
      const reportId = typeof data.reportId === 'string' ? data.reportId : event.streamId;
      const jurisdiction = data.jurisdiction;
      const kind = event.type.startsWith('Kpi') ? 'kpi' : 'narrative';
      const period = kind === 'kpi' ? String(data.year ?? '') : String(data.period ?? data.year ?? '');
      const year = Number(period.slice(0, 4));
      if (typeof jurisdiction !== 'string' || !Number.isInteger(year) || year < 1900) {
        this.logger.warn(`Skipping ${event.type} ${event.eventId}: no usable reportId, jurisdiction or period`);
        continue;
      }
      const set: Record<string, unknown> = {
        reportId,
        kind,
        jurisdiction,
        period,
        year,
        status,
        revision: data.revision,
        updatedAt: event.occurredAt,
      };
      if (typeof data.roundNumber === 'number') set.roundNumber = data.roundNumber;
      if (status === 'submitted') {
        set.submittedRevision = data.revision;
        set.late = data.late === true;
      }
      if (status === 'returned' && typeof data.comments === 'string') set.comments = data.comments;
      if (status === 'accepted') set.acceptedRevision = data.revision;
      writes.update(reportId, event.streamId, event.streamVersion, { $set: set });
    }
    await writes.flush(this.db.collection(COLLECTIONS.reports), this.held);
    await rounds.flush(this.db.collection(COLLECTIONS.reportingRounds), this.held);
  }

  /** A reporting round of report-intake is the coordination round of the same number (one numbering): keep its period. */
  private roundOpened(event: ConsumedEvent, rounds: GuardedWrites): void {
    const { roundNumber, label, periodFrom, periodTo, dueDate, noDueDateReason, reportYear } = event.payload as Record<
      string,
      unknown
    >;
    if (!Number.isInteger(roundNumber) || typeof periodFrom !== 'string' || typeof periodTo !== 'string') {
      this.logger.warn(`Skipping ReportingRoundOpened ${event.eventId}: no usable roundNumber or period`);
      return;
    }
    rounds.update(`round-${roundNumber as number}`, event.streamId, event.streamVersion, {
      $set: {
        roundNumber,
        label,
        periodFrom,
        periodTo,
        reportYear,
        ...(typeof dueDate === 'string' ? { dueDate } : { noDueDateReason }),
      },
    });
  }
}
