import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, NotAllowed } from '@salw/decider';
import { ConcurrencyError, EventStore } from '@salw/event-store';
import { catalogue, checkObservation } from '@salw/kpi-catalogue';
import {
  assertActsFor,
  AuthenticatedActor,
  Clock,
  CLOCK,
  EVENT_STORE,
  executeCommand,
  loadAggregate,
  MONGO_DB,
} from '@salw/platform';
import type { Collection, Db } from 'mongodb';
import { currentValues, kpiReportDecider, kpiReportId } from '../domain/kpi-report/kpi-report.decider';
import { currentRevision } from '../domain/kpi-report/kpi-report.events';
import { dayOf, jurisdictionProblems, yearProblems } from '../domain/shared/jurisdictions';
import {
  Observation,
  breakdownProblems,
  cellKeyOf,
  mergeObservations,
  normalizeObservation,
  sameValue,
} from '../domain/shared/observations';
import { ImportRow } from './import-rows';

export const IMPORT_STRATEGIES = ['CREATE', 'UPDATE', 'CREATE_AND_UPDATE'] as const;
export type ImportStrategy = (typeof IMPORT_STRATEGIES)[number];

export interface ImportSummary {
  dryRun: boolean;
  strategy: ImportStrategy;
  /** Values that did not exist in the report and were (or would be) added. */
  imported: number;
  /** Values that existed with another value and were (or would be) replaced. */
  updated: number;
  /** Values equal to what the report holds: nothing to do. */
  unchanged: number;
  rejected: { line: number; reasons: string[] }[];
  /** The reports written (or that would be written). */
  reports: string[];
}

export interface ImportJob {
  _id: string;
  status: 'running' | 'completed' | 'failed';
  requestedBy: string;
  rows: number;
  processedReports: number;
  totalReports: number;
  createdAt: Date;
  finishedAt?: Date;
  summary?: ImportSummary;
  error?: string;
}

interface ValidRow {
  line: number;
  reportId: string;
  jurisdiction: string;
  year: number;
  observation: Observation;
}

/**
 * Bulk import of KPI values into the annual reports. Rule: the values of each report (jurisdiction + year) are
 * compared with its current revision; the changes are saved and submitted in ONE commit (an accepted report first
 * gets an amendment, revision n+1); a SEESAC import also accepts them, a ministry import leaves the report submitted
 * for SEESAC's review. A report under review (submitted) is not touched: its rows are rejected.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger('Imports');
  readonly jobs: Collection<ImportJob>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(MONGO_DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.jobs = db.collection<ImportJob>('import_jobs');
  }

  async run(
    rows: ImportRow[],
    options: { actor: AuthenticatedActor; strategy: ImportStrategy; dryRun: boolean; commitId?: string },
    onReportDone: (done: number, total: number) => Promise<void> = async () => {},
  ): Promise<ImportSummary> {
    const summary: ImportSummary = {
      dryRun: options.dryRun,
      strategy: options.strategy,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      reports: [],
    };
    const reject = (line: number, reasons: string[]) => summary.rejected.push({ line, reasons });

    const byReport = new Map<string, ValidRow[]>();
    for (const row of rows) {
      const valid = this.validate(row, options.actor);
      if (typeof valid === 'string' || Array.isArray(valid)) {
        reject(row.line, Array.isArray(valid) ? valid : [valid]);
        continue;
      }
      byReport.set(valid.reportId, [...(byReport.get(valid.reportId) ?? []), valid]);
    }

    let done = 0;
    for (const [reportId, reportRows] of byReport) {
      await this.importReport(reportId, reportRows, options, summary, reject);
      done += 1;
      await onReportDone(done, byReport.size);
    }
    summary.rejected.sort((a, b) => a.line - b.line);
    return summary;
  }

  private validate(row: ImportRow, actor: AuthenticatedActor): ValidRow | string[] {
    const reasons = [...row.readProblems];
    const jurisdiction = typeof row.jurisdiction === 'string' ? row.jurisdiction : '';
    const year = typeof row.year === 'number' ? row.year : Number.NaN;
    reasons.push(...jurisdictionProblems(jurisdiction).map((p) => `${p.path}: ${p.message}`));
    reasons.push(...yearProblems(year).map((p) => `${p.path}: ${p.message}`));
    if (reasons.length === 0) {
      try {
        assertActsFor(actor, jurisdiction);
      } catch (error) {
        if (!(error instanceof NotAllowed)) throw error;
        reasons.push(`jurisdiction: ${error.message}`);
      }
    }
    const candidate = { measure: row.measure, dimensions: row.dimensions, value: row.value };
    if (row.readProblems.length === 0)
      reasons.push(
        ...checkObservation(catalogue, candidate, 'row').map(
          (p) => `${p.path.replace(/^row\.?/, '') || 'row'}: ${p.message}`,
        ),
      );
    if (reasons.length > 0) return reasons;
    return {
      line: row.line,
      reportId: kpiReportId(jurisdiction, year),
      jurisdiction,
      year,
      observation: normalizeObservation(candidate as Parameters<typeof normalizeObservation>[0]),
    };
  }

  private async importReport(
    reportId: string,
    rows: ValidRow[],
    options: { actor: AuthenticatedActor; strategy: ImportStrategy; dryRun: boolean; commitId?: string },
    summary: ImportSummary,
    reject: (line: number, reasons: string[]) => void,
  ): Promise<void> {
    const { state } = await loadAggregate(this.store, kpiReportDecider, reportId);
    if (currentRevision(state)?.status === 'submitted') {
      for (const row of rows)
        reject(row.line, [`${reportId} is submitted and under review; import after SEESAC returns or accepts it`]);
      return;
    }
    const existing = currentValues(state);
    const seen = new Map<string, number>();
    const changes: { row: ValidRow; kind: 'imported' | 'updated' }[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const key = cellKeyOf(row.observation);
      if (seen.has(key)) {
        reject(row.line, [`duplicate of line ${seen.get(key)} (same report, measure and dimensions)`]);
        continue;
      }
      seen.set(key, row.line);
      const before = existing.get(key);
      if (before && sameValue(before.value, row.observation.value)) unchanged += 1;
      else if (before && options.strategy === 'CREATE')
        reject(row.line, ['a value already exists for this measure and dimensions (strategy CREATE)']);
      else if (!before && options.strategy === 'UPDATE')
        reject(row.line, ['no value exists yet for this measure and dimensions (strategy UPDATE)']);
      else changes.push({ row, kind: before ? 'updated' : 'imported' });
    }
    summary.unchanged += unchanged;
    if (changes.length === 0) return;

    const observations = changes.map((c) => c.row.observation);
    const problems = breakdownProblems(mergeObservations([...existing.values()], observations), 'report');
    const failAll = (reason: string) => changes.forEach((c) => reject(c.row.line, [reason]));
    if (problems.length > 0) {
      failAll(`${reportId}: ${problems.map((p) => p.message).join('; ')}`);
      return;
    }
    if (!options.dryRun) {
      const [first] = rows;
      try {
        await executeCommand(
          this.store,
          kpiReportDecider,
          reportId,
          {
            type: 'ImportKpiValues',
            jurisdiction: first.jurisdiction,
            year: first.year,
            observations,
            accept: options.actor.role === 'seesac',
            submittedOn: dayOf(this.clock.now()),
          },
          { actor: options.actor, commitId: options.commitId ? `${options.commitId}:${reportId}` : undefined },
        );
      } catch (error) {
        if (!(error instanceof DomainError) && !(error instanceof ConcurrencyError)) throw error;
        failAll(`${reportId}: ${(error as Error).message}`);
        return;
      }
    }
    for (const change of changes) summary[change.kind] += 1;
    summary.reports.push(reportId);
  }

  /** Starts a job in this process; its state is kept in `import_jobs` for polling. */
  async startJob(
    rows: ImportRow[],
    options: { actor: AuthenticatedActor; strategy: ImportStrategy; dryRun: boolean; commitId?: string },
  ): Promise<ImportJob> {
    const job: ImportJob = {
      _id: randomUUID(),
      status: 'running',
      requestedBy: options.actor.subject,
      rows: rows.length,
      processedReports: 0,
      totalReports: 0,
      createdAt: new Date(),
    };
    await this.jobs.insertOne(job);
    setImmediate(() => {
      this.run(rows, options, (done, total) =>
        this.jobs
          .updateOne({ _id: job._id }, { $set: { processedReports: done, totalReports: total } })
          .then(() => undefined),
      )
        .then((summary) =>
          this.jobs.updateOne({ _id: job._id }, { $set: { status: 'completed', summary, finishedAt: new Date() } }),
        )
        .catch((error: Error) => {
          this.logger.error(`Import job ${job._id} failed: ${error.stack}`);
          return this.jobs.updateOne(
            { _id: job._id },
            { $set: { status: 'failed', error: error.message, finishedAt: new Date() } },
          );
        })
        .catch((error: Error) => this.logger.error(`Import job ${job._id}: cannot record its end: ${error.message}`));
    });
    return job;
  }
}
