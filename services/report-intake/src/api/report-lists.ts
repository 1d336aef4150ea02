import { Inject, Injectable } from '@nestjs/common';
import type { StoredEvent } from '@salw/event-store';
import { AuthenticatedActor, assertActsFor, MONGO_DB, seesUnderReview } from '@salw/platform';
import type { Db } from 'mongodb';
import { kpiReportDecider } from '../domain/kpi-report/kpi-report.decider';
import { narrativeReportDecider } from '../domain/narrative-report/narrative-report';
import { reportingRoundDecider } from '../domain/reporting-round/reporting-round';
import { currentOf, lastAcceptedOf, ReportState, RevisionLifecycle } from '../domain/shared/revisions';
import { ReportStreams } from './report-streams';
import type {
  KpiReportListQuery,
  KpiReportSummaryDto,
  NarrativeReportListQuery,
  NarrativeReportSummaryDto,
  ReportingRoundDto,
} from './dto/report-list.dto';

/** The event store's commits collection (the platform's store uses the default name). */
const COMMITS = 'event_commits';
const DEFAULT_PAGE_SIZE = 50;

interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * Lists of reports and rounds, read from the event store itself: report-intake has no projection, and the number of
 * report streams is small (7 jurisdictions × a report per year or half-year), so a list folds each stream of the
 * filtered prefix. Every item is what the reader may see of it (the platform's read rule): SEESAC and the owning
 * ministry the current revision, everyone else the last accepted one or nothing.
 */
@Injectable()
export class ReportLists {
  constructor(
    private readonly runner: ReportStreams,
    @Inject(MONGO_DB) private readonly db: Db,
  ) {}

  async kpiReports(reader: AuthenticatedActor, query: KpiReportListQuery): Promise<Page<KpiReportSummaryDto>> {
    const streams = await this.streams(`kpi-report:${this.jurisdictionPrefix(reader, query.jurisdiction)}`);
    const summaries = streams
      .map((events) => kpiReportSummary(reader, events))
      .filter((item): item is KpiReportSummaryDto => item !== undefined);
    const matching = summaries
      .filter((item) => matches(item, query))
      .sort((a, b) => b.year - a.year || a.jurisdiction.localeCompare(b.jurisdiction));
    return page(matching, query);
  }

  async narrativeReports(
    reader: AuthenticatedActor,
    query: NarrativeReportListQuery,
  ): Promise<Page<NarrativeReportSummaryDto>> {
    const streams = await this.streams(`narrative-report:${this.jurisdictionPrefix(reader, query.jurisdiction)}`);
    const summaries = streams
      .map((events) => narrativeReportSummary(reader, events))
      .filter((item): item is NarrativeReportSummaryDto => item !== undefined);
    const matching = summaries
      .filter((item) => matches(item, query))
      .sort((a, b) => b.period.localeCompare(a.period) || a.jurisdiction.localeCompare(b.jurisdiction));
    return page(matching, query);
  }

  async reportingRounds(): Promise<ReportingRoundDto[]> {
    const streams = await this.streams('reporting-round:');
    return streams
      .map((events) => ({ state: fold(reportingRoundDecider, events), version: lastVersion(events) }))
      .filter(({ state }) => state.opened !== undefined)
      .map(({ state, version }) => ({ ...state.opened!, version }))
      .sort((a, b) => b.roundNumber - a.roundNumber);
  }

  /** A ministry lists its own jurisdiction only (403 naming another); others may narrow to one or read all. */
  private jurisdictionPrefix(reader: AuthenticatedActor, jurisdiction: string | undefined): string {
    if (reader.role === 'ministry') {
      if (jurisdiction !== undefined) assertActsFor(reader, jurisdiction);
      return `${reader.jurisdiction}:`;
    }
    return jurisdiction === undefined ? '' : `${jurisdiction}:`;
  }

  /** The events of every stream whose id starts with `prefix`. */
  private async streams(prefix: string): Promise<StoredEvent[][]> {
    const ids = (await this.db
      .collection(COMMITS)
      .distinct('streamId', { streamId: { $regex: `^${escapeRegex(prefix)}` } })) as string[];
    return Promise.all(ids.map((id) => this.runner.history(id)));
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fold<State, Event>(
  decider: { initialState: () => State; evolve: (state: State, event: Event) => State },
  events: StoredEvent[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event as unknown as Event), decider.initialState());
}

const lastVersion = (events: StoredEvent[]) => events[events.length - 1]?.streamVersion ?? 0;
const updatedAt = (events: StoredEvent[]) => iso(events[events.length - 1].recordedAt);
const iso = (at: Date | string) => new Date(at).toISOString();

/** When `revision` was last submitted (a returned revision is submitted again under the same number). */
function submittedAt(events: StoredEvent[], submittedType: string, revision: number): string | undefined {
  const submissions = events.filter((event) => event.type === submittedType && event.data.revision === revision);
  const last = submissions[submissions.length - 1];
  return last && iso(last.recordedAt);
}

/** The revision `reader` may see: the current one for SEESAC and the report's ministry, else the last accepted. */
function shownRevision<R extends RevisionLifecycle>(reader: AuthenticatedActor, state: ReportState<R>): R | undefined {
  return seesUnderReview(reader, state.jurisdiction!) ? currentOf(state.revisions) : lastAcceptedOf(state.revisions);
}

/** What the lists say of either kind of report's revision: its place in the lifecycle and when it changed. */
function lifecycleSummary(events: StoredEvent[], shown: RevisionLifecycle, submittedType: string) {
  return {
    version: lastVersion(events),
    revision: shown.revision,
    status: shown.status,
    roundNumber: shown.roundNumber,
    dueDate: shown.dueDate,
    late: shown.late,
    submittedAt: submittedAt(events, submittedType, shown.revision),
    updatedAt: updatedAt(events),
  };
}

function kpiReportSummary(reader: AuthenticatedActor, events: StoredEvent[]): KpiReportSummaryDto | undefined {
  const state = fold(kpiReportDecider, events);
  if (!state.jurisdiction || state.year === undefined) return undefined;
  const shown = shownRevision(reader, state);
  if (!shown) return undefined;
  return {
    reportId: state.reportId!,
    jurisdiction: state.jurisdiction,
    year: state.year,
    ...lifecycleSummary(events, shown, 'KpiReportSubmitted'),
    observationCount: shown.observations.length,
    warningCount: shown.warnings.length,
  };
}

function narrativeReportSummary(
  reader: AuthenticatedActor,
  events: StoredEvent[],
): NarrativeReportSummaryDto | undefined {
  const state = fold(narrativeReportDecider, events);
  if (!state.jurisdiction || !state.period) return undefined;
  const shown = shownRevision(reader, state);
  if (!shown) return undefined;
  return {
    reportId: state.reportId!,
    jurisdiction: state.jurisdiction,
    period: state.period,
    ...lifecycleSummary(events, shown, 'NarrativeReportSubmitted'),
    goals: shown.goals.map((goal) => goal.goal),
  };
}

function matches(item: { status: string; roundNumber?: number }, query: { status?: string; round?: number }): boolean {
  return (
    (query.status === undefined || item.status === query.status) &&
    (query.round === undefined || item.roundNumber === query.round)
  );
}

function page<T>(items: T[], query: { offset?: number; limit?: number }): Page<T> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit };
}
