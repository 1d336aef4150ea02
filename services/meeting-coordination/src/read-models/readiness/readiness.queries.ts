import { Inject, Injectable } from '@nestjs/common';
import { WITHOUT_BOOKKEEPING } from '@salw/messaging';
import { AuthenticatedActor, MONGO_DB, seesUnderReview } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS } from '../../constants';
import { CoordinationRoundState } from '../../domain/coordination-round/coordination-round.events';
import { JURISDICTIONS, WB6 } from '../../domain/jurisdictions';
import { countsForRound, ReportingRoundTerms, roundPeriod } from '../../domain/readiness/reporting-period';

interface ReportRow {
  _id: string;
  reportId: string;
  kind: 'kpi' | 'narrative';
  jurisdiction: string;
  period: string;
  year: number;
  status: string;
  roundNumber?: number;
  revision?: number;
  submittedRevision?: number;
  acceptedRevision?: number;
  late?: boolean;
  comments?: string;
}

/** Readiness of a round's regional meeting: per jurisdiction, the KPI and narrative reports of its reporting period. */
@Injectable()
export class ReadinessQueries {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  /** SEESAC's return comments only for the parties to each review: SEESAC and that jurisdiction's ministry. */
  async forRound(round: Extract<CoordinationRoundState, { planned: true }>, reader: AuthenticatedActor) {
    const reportingRound = await this.db
      .collection<ReportingRoundTerms & { _id: string }>(COLLECTIONS.reportingRounds)
      .findOne({ _id: `round-${round.roundNumber}` }, WITHOUT_BOOKKEEPING);
    const period = roundPeriod(round.roundNumber, reportingRound ?? undefined, round.reportingPeriod);
    // Two equality queries (FerretDB pushes those down): the reports naming the round, and those of the period's year.
    const reports = this.db.collection<ReportRow>(COLLECTIONS.reports);
    const named = await reports.find({ roundNumber: round.roundNumber }, WITHOUT_BOOKKEEPING).toArray();
    const ofYear = period.known
      ? await reports.find({ year: Number(period.period.slice(0, 4)) }, WITHOUT_BOOKKEEPING).toArray()
      : [];
    const rows = [...new Map([...named, ...ofYear].map((row) => [row._id, row])).values()];
    const relevant = rows.filter((row) => countsForRound(row, round.roundNumber, period));
    const codes = [
      ...WB6,
      ...JURISDICTIONS.filter(
        (code) => !(WB6 as readonly string[]).includes(code) && relevant.some((row) => row.jurisdiction === code),
      ),
    ];
    const jurisdictions = codes.map((jurisdiction) => {
      const showsComments = seesUnderReview(reader, jurisdiction);
      const kpiReport = pick(
        relevant.filter((row) => row.jurisdiction === jurisdiction && row.kind === 'kpi'),
        showsComments,
      );
      const narrativeReport = pick(
        relevant.filter((row) => row.jurisdiction === jurisdiction && row.kind === 'narrative'),
        showsComments,
      );
      return {
        jurisdiction,
        beneficiary: (WB6 as readonly string[]).includes(jurisdiction),
        kpiReport,
        narrativeReport,
        submitted: kpiReport.submitted && narrativeReport.submitted,
        accepted: kpiReport.accepted && narrativeReport.accepted,
      };
    });
    const beneficiaries = jurisdictions.filter((row) => row.beneficiary);
    return {
      roundNumber: round.roundNumber,
      regionalMeetingId: round.regionalMeetingId,
      regionalMeetingDate: round.regionalMeetingDate,
      ...(period.known
        ? {
            reportingPeriod: period.period,
            reportingPeriodFrom: period.source,
            ...(period.disagreement ? { periodNote: period.disagreement } : {}),
          }
        : { reportingPeriod: null, periodNote: period.reason }),
      ...(reportingRound
        ? {
            reportingRound: {
              label: reportingRound.label,
              periodFrom: reportingRound.periodFrom,
              periodTo: reportingRound.periodTo,
              ...(reportingRound.dueDate
                ? { dueDate: reportingRound.dueDate }
                : { noDueDateReason: reportingRound.noDueDateReason }),
            },
          }
        : {}),
      summary: {
        jurisdictions: beneficiaries.length,
        submitted: beneficiaries.filter((row) => row.submitted).length,
        accepted: beneficiaries.filter((row) => row.accepted).length,
        returned: beneficiaries
          .filter((row) => row.kpiReport.status === 'returned' || row.narrativeReport.status === 'returned')
          .map((row) => row.jurisdiction),
        notSubmitted: beneficiaries
          .filter((row) => !row.kpiReport.submitted || !row.narrativeReport.submitted)
          .map((row) => row.jurisdiction),
      },
      jurisdictions,
    };
  }
}

/** The report of the period (the exact period wins over the year for narratives). */
function pick(rows: ReportRow[], showsComments: boolean) {
  const row = rows.sort((a, b) => b.period.length - a.period.length)[0];
  if (!row) return { status: 'not_submitted', submitted: false, accepted: false };
  return {
    reportId: row.reportId,
    status: row.status,
    revision: row.revision,
    submitted: row.submittedRevision !== undefined,
    accepted: row.acceptedRevision !== undefined,
    ...(row.acceptedRevision !== undefined ? { acceptedRevision: row.acceptedRevision } : {}),
    ...(row.late !== undefined ? { late: row.late } : {}),
    ...(showsComments && row.comments !== undefined ? { comments: row.comments } : {}),
  };
}
