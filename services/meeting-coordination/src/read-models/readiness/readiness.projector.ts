import { Controller, Inject, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { reportingEvents, type ReportingEvent } from '@salw/contracts';
import { ConsumedEvent, GuardedWrites, HeldDocuments } from '@salw/messaging';
import { MONGO_DB } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS, CONSUMED } from '../../constants';

type RoundOpened = Pick<ConsumedEvent, 'eventId' | 'streamId' | 'streamVersion'> &
  Extract<ReportingEvent, { type: 'ReportingRoundOpened' }>;

/** Report status each report event of the reporting contract leads to. */
const STATUS_OF: Record<Exclude<ReportingEvent['type'], 'ReportingRoundOpened'>, string> = {
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
 * Events are decoded as their generated messages (reportingEvents): unknown event types and payload fields are
 * skipped, as the contract asks; a payload that does not decode is parked in the dead-letter topic.
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
    for (const consumed of events) {
      const event = reportingEvents.decode(consumed);
      if (!event) continue;
      if (event.type === 'ReportingRoundOpened') {
        this.roundOpened(event, rounds);
        continue;
      }
      const status = STATUS_OF[event.type];
      const data = event.payload;
      const reportId = data.reportId || event.streamId;
      const kind = event.type.startsWith('Kpi') ? 'kpi' : 'narrative';
      const period = 'period' in data ? data.period : String(data.year || '');
      const year = Number(period.slice(0, 4));
      if (!data.jurisdiction || !Number.isInteger(year) || year < 1900) {
        this.logger.warn(`Skipping ${event.type} ${event.eventId}: no usable reportId, jurisdiction or period`);
        continue;
      }
      const set: Record<string, unknown> = {
        reportId,
        kind,
        jurisdiction: data.jurisdiction,
        period,
        year,
        status,
        revision: data.revision,
        updatedAt: event.occurredAt,
      };
      if ('roundNumber' in data && data.roundNumber !== undefined) set.roundNumber = data.roundNumber;
      if (event.type === 'KpiReportSubmitted' || event.type === 'NarrativeReportSubmitted') {
        set.submittedRevision = event.payload.revision;
        set.late = event.payload.late;
      }
      if (event.type === 'KpiReportReturnedForRevision' || event.type === 'NarrativeReportReturnedForRevision')
        set.comments = event.payload.comments;
      if (status === 'accepted') set.acceptedRevision = data.revision;
      writes.update(reportId, event.streamId, event.streamVersion, { $set: set });
    }
    await writes.flush(this.db.collection(COLLECTIONS.reports), this.held);
    await rounds.flush(this.db.collection(COLLECTIONS.reportingRounds), this.held);
  }

  /** A reporting round of report-intake is the coordination round of the same number (one numbering): keep its period. */
  private roundOpened(event: RoundOpened, rounds: GuardedWrites): void {
    const { roundNumber, label, periodFrom, periodTo, dueDate, noDueDateReason, reportYear } = event.payload;
    if (roundNumber < 1 || !periodFrom || !periodTo) {
      this.logger.warn(`Skipping ReportingRoundOpened ${event.eventId}: no usable roundNumber or period`);
      return;
    }
    rounds.update(`round-${roundNumber}`, event.streamId, event.streamVersion, {
      $set: {
        roundNumber,
        label,
        periodFrom,
        periodTo,
        reportYear,
        ...(dueDate !== '' ? { dueDate } : { noDueDateReason }),
      },
    });
  }
}
