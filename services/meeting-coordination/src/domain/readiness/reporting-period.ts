// One numbering of rounds (issue 14): report-intake's reporting round N and the coordination round N are the same
// round (seed 004: the "4th Regional report" is discussed at the 4th regional meeting). Pure.

/** What report-intake published of reporting round N (ReportingRoundOpened). */
export interface ReportingRoundTerms {
  roundNumber: number;
  label?: string;
  periodFrom: string;
  periodTo: string;
  dueDate?: string;
  /** Why the round has no due date (round 13: "not in the seeds"). */
  noDueDateReason?: string;
  reportYear?: number;
}

/** The period readiness is judged on, and where it comes from; absent when neither round gives one. */
export type RoundPeriod =
  | { known: true; period: string; source: 'reporting_round' | 'coordination_round'; disagreement?: string }
  | { known: false; reason: string };

/**
 * A reporting round's period as the coordination rounds write periods: a calendar year ("2024") or a half-year
 * ("2020-H1"). Any other span reads as its report year, or the year it starts in.
 */
export function periodOfReportingRound(round: ReportingRoundTerms): string {
  const year = round.periodFrom.slice(0, 4);
  const sameYear = round.periodTo.slice(0, 4) === year;
  const [from, to] = [round.periodFrom.slice(5), round.periodTo.slice(5)];
  if (sameYear && from === '01-01' && to === '12-31') return year;
  if (sameYear && from === '01-01' && to === '06-30') return `${year}-H1`;
  if (sameYear && from === '07-01' && to === '12-31') return `${year}-H2`;
  return String(round.reportYear ?? year);
}

/** The reporting round's period wins: report-intake is where reports are due for it; a different one planned here is said. */
export function roundPeriod(
  roundNumber: number,
  reportingRound: ReportingRoundTerms | undefined,
  coordinationPeriod: string | undefined,
): RoundPeriod {
  if (reportingRound) {
    const period = periodOfReportingRound(reportingRound);
    const disagreement =
      coordinationPeriod !== undefined && coordinationPeriod !== period
        ? `the coordination round was planned for ${coordinationPeriod}; reporting round ${roundNumber} covers ${reportingRound.periodFrom} to ${reportingRound.periodTo}, which is used`
        : undefined;
    return { known: true, period, source: 'reporting_round', ...(disagreement ? { disagreement } : {}) };
  }
  if (coordinationPeriod !== undefined)
    return { known: true, period: coordinationPeriod, source: 'coordination_round' };
  return {
    known: false,
    reason: `no reporting period for round ${roundNumber}: report-intake has opened no reporting round ${roundNumber} and the coordination round names none; only reports submitted for round ${roundNumber} count`,
  };
}

/** Does a report (as the readiness view keeps it) count for round N judged on this period? */
export function countsForRound(
  report: { roundNumber?: number; kind: 'kpi' | 'narrative'; period: string; year: number },
  roundNumber: number,
  period: RoundPeriod,
): boolean {
  // A report that names its round counts for that round only.
  if (report.roundNumber !== undefined) return report.roundNumber === roundNumber;
  if (!period.known) return false;
  const year = Number(period.period.slice(0, 4));
  if (report.year !== year) return false;
  return report.kind === 'kpi' || report.period === period.period || report.period === String(year);
}
