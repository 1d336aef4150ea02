import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';
import { WITHOUT_BOOKKEEPING } from '@salw/messaging';
import { MONGO_DB, Roles, RoundNumberPipe } from '@salw/platform';
import type { Db } from 'mongodb';
import { PROJECTIONS, READERS } from '../../constants';
import { ReportStatusDocument, RoundDocument } from './completeness.projector';
import { ROUND_PARAM } from '../../api/params';

/**
 * `late` = submitted after the due date (as the reporting context said); `overdue` = still missing after the due date,
 * absent when there is no due date to be overdue against (a round without one, or a period without a round).
 */
type ReportState = {
  status: ReportStatusDocument['status'] | 'missing';
  revision?: number;
  acceptedRevision?: number;
  late: boolean;
  overdue?: boolean;
  reportId?: string;
};

export interface Completeness {
  roundNumber?: number;
  label?: string;
  year: number;
  narrativePeriod: string;
  dueDate?: string;
  /** Why the round has no due date (then no report is overdue). */
  noDueDateReason?: string;
  jurisdictions: { jurisdiction: string; beneficiary: boolean; kpiReport: ReportState; narrativeReport: ReportState }[];
  /** Counts over the six beneficiaries, per report kind. */
  counts: Record<'kpi' | 'narrative', Record<'submitted' | 'accepted' | 'returned' | 'late' | 'missing', number>>;
}

/** Which narrative period a round asks for: H1, H2 or the whole year, from its period dates. */
export function narrativePeriodOf(round: Pick<RoundDocument, 'periodFrom' | 'periodTo' | 'reportYear'>): string {
  const from = round.periodFrom.slice(5, 7);
  const to = round.periodTo.slice(5, 7);
  if (from === '01' && to === '06') return `${round.reportYear}-H1`;
  if (from === '07' && to === '12') return `${round.reportYear}-H2`;
  return String(round.reportYear);
}

export class CompletenessQueries {
  constructor(private readonly db: Db) {}

  round(roundNumber: number): Promise<RoundDocument | null> {
    return this.db.collection<RoundDocument>(PROJECTIONS.rounds).findOne({ _id: `reporting-round:${roundNumber}` });
  }

  report(reportId: string): Promise<ReportStatusDocument | null> {
    return this.db
      .collection<ReportStatusDocument>(PROJECTIONS.reports)
      .findOne({ _id: reportId }, WITHOUT_BOOKKEEPING);
  }

  /** Per jurisdiction, by key: its KPI report of `year` and its narrative report of `narrativePeriod`. */
  async completeness(
    year: number,
    narrativePeriod: string,
    round?: RoundDocument,
    now = new Date(),
  ): Promise<Completeness> {
    const overdue = round?.dueDate ? { overdue: now.toISOString().slice(0, 10) > round.dueDate } : {};
    const stateOf = (doc: ReportStatusDocument | null): ReportState => {
      if (!doc || doc.status === 'draft')
        return { status: 'missing', late: false, ...overdue, ...(doc ? { reportId: doc._id } : {}) };
      return {
        status: doc.status,
        revision: doc.revision,
        acceptedRevision: doc.acceptedRevision,
        late: doc.late === true,
        reportId: doc._id,
      };
    };
    const jurisdictions = await Promise.all(
      catalogue.jurisdictions.map(async (jurisdiction) => ({
        jurisdiction: jurisdiction.code,
        beneficiary: jurisdiction.beneficiary,
        kpiReport: stateOf(await this.report(`kpi-report:${jurisdiction.code}:${year}`)),
        narrativeReport: stateOf(await this.report(`narrative-report:${jurisdiction.code}:${narrativePeriod}`)),
      })),
    );
    const empty = () => ({ submitted: 0, accepted: 0, returned: 0, late: 0, missing: 0 });
    const counts = { kpi: empty(), narrative: empty() };
    for (const row of jurisdictions.filter((item) => item.beneficiary)) {
      for (const [kind, state] of [
        ['kpi', row.kpiReport],
        ['narrative', row.narrativeReport],
      ] as const) {
        if (state.status === 'missing') counts[kind].missing++;
        else if (state.status === 'returned') counts[kind].returned++;
        else if (state.status === 'accepted' || state.acceptedRevision) counts[kind].accepted++;
        if (state.status !== 'missing') counts[kind].submitted++;
        if (state.late) counts[kind].late++;
      }
    }
    return {
      ...(round
        ? {
            roundNumber: round.roundNumber,
            label: round.label,
            ...(round.dueDate ? { dueDate: round.dueDate } : { noDueDateReason: round.noDueDateReason }),
          }
        : {}),
      year,
      narrativePeriod,
      jurisdictions,
      counts,
    };
  }

  async ofRound(roundNumber: number): Promise<Completeness> {
    const round = await this.round(roundNumber);
    if (!round) throw new NotFound(`No reporting round ${roundNumber}`);
    return this.completeness(round.reportYear, narrativePeriodOf(round), round);
  }
}

@ApiTags('completeness')
@ApiBearerAuth()
@Controller('completeness')
export class CompletenessController {
  private readonly queries: CompletenessQueries;

  constructor(@Inject(MONGO_DB) db: Db) {
    this.queries = new CompletenessQueries(db);
  }

  @Get('rounds/:round')
  @ROUND_PARAM
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Per jurisdiction: KPI and narrative report of a round — submitted, accepted, returned, late or missing',
  })
  ofRound(@Param('round', RoundNumberPipe) round: number) {
    return this.queries.ofRound(round);
  }

  @Get('periods/:period')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Completeness of a period without a round: `2024` (KPI + annual narrative) or `2024-H1`/`2024-H2`',
  })
  ofPeriod(@Param('period') period: string) {
    const match = /^(\d{4})(-H[12])?$/.exec(period);
    if (!match) throw new NotFound(`No period ${period}`);
    return this.queries.completeness(Number(match[1]), period);
  }
}
