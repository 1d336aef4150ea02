import { Decider } from '@salw/decider';

/** `RegionalReportCompiled` (proto salw.kpi.v1.RegionalReportCompiled), on `kpi.facts.v1`. */
export interface RegionalReportCompiled {
  roundNumber: number;
  label: string;
  reportYear: number;
  contentSha256: string;
  tables: number;
  partialTotals: number;
  kpiReportsAccepted: number;
  narrativeReportsAccepted: number;
  compiledBy: string;
}

/** SEESAC compiles the regional report of a round; `compiled` is what the compile found (loaded before deciding). */
export interface CompileRegionalReport {
  type: 'CompileRegionalReport';
  roundNumber: number;
  compiled: RegionalReportCompiled;
}

export type RegionalReportEvent = {
  type: 'RegionalReportCompiled';
  data: Record<string, unknown> & RegionalReportCompiled;
};

/** The compiles of a round so far: the last one is the answer of a compile. */
export interface RegionalReportState {
  last?: RegionalReportCompiled;
}

export const regionalReportStream = (roundNumber: number) => `regional-report:${roundNumber}`;

/** Every compile is recorded (the report may have changed since the last one; the hash says whether it did). */
export const regionalReportDecider: Decider<RegionalReportState, CompileRegionalReport, RegionalReportEvent> = {
  initialState: () => ({}),
  decide: (command) => [{ type: 'RegionalReportCompiled', data: { ...command.compiled } }],
  evolve: (_, event) => ({ last: event.data }),
};
