import { Inject, Injectable } from '@nestjs/common';
import { StateConflict } from '@salw/decider';
import { AuthenticatedActor, MONGO_DB, seesUnderReview } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS } from '../../constants';
import { CoordinationRoundState } from '../../domain/coordination-round/coordination-round.events';
import { JURISDICTIONS, WB6 } from '../../domain/jurisdictions';

interface ReportRow {
  _id: string;
  reportId: string;
  kind: 'kpi' | 'narrative';
  jurisdiction: string;
  period: string;
  year: number;
  status: string;
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
    if (!round.reportingPeriod) throw new StateConflict(`Coordination round ${round.roundNumber} has no reporting period: readiness cannot be judged`);
    const period = round.reportingPeriod;
    const year = Number(period.slice(0, 4));
    const rows = await this.db.collection<ReportRow>(COLLECTIONS.reports).find({ year }, { projection: { _applied: 0 } }).toArray();
    const relevant = rows.filter((row) => row.kind === 'kpi' || row.period === period || row.period === String(year));
    const codes = [...WB6, ...JURISDICTIONS.filter((code) => !(WB6 as readonly string[]).includes(code) && relevant.some((row) => row.jurisdiction === code))];
    const jurisdictions = codes.map((jurisdiction) => {
      const showsComments = seesUnderReview(reader, jurisdiction);
      const kpiReport = pick(relevant.filter((row) => row.jurisdiction === jurisdiction && row.kind === 'kpi'), showsComments);
      const narrativeReport = pick(relevant.filter((row) => row.jurisdiction === jurisdiction && row.kind === 'narrative'), showsComments);
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
      reportingPeriod: period,
      summary: {
        jurisdictions: beneficiaries.length,
        submitted: beneficiaries.filter((row) => row.submitted).length,
        accepted: beneficiaries.filter((row) => row.accepted).length,
        returned: beneficiaries.filter((row) => row.kpiReport.status === 'returned' || row.narrativeReport.status === 'returned').map((row) => row.jurisdiction),
        notSubmitted: beneficiaries.filter((row) => !row.kpiReport.submitted || !row.narrativeReport.submitted).map((row) => row.jurisdiction),
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
