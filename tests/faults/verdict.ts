import type { Write } from './load';

/**
 * The checker's judgement, pure (no I/O): the read models are recomputed from the report event store and compared
 * with what the services hold, and every write of the ledger is looked up in the store. The Jepsen rules: an
 * acknowledged write is there exactly once, a write without a reliable answer 0 or 1 times, a refused one never;
 * every stored event is in every read model exactly once.
 */
export interface StoredEvent {
  eventId: string;
  type: string;
  streamId: string;
  streamVersion: number;
  /** ms since epoch (the commit's recordedAt). */
  recordedAt: number;
  data: Record<string, unknown>;
}

/** One value version of a kpi-aggregation series document, or one KPI fact. */
export interface ProjectedValue {
  eventId: string;
  jurisdiction: string;
  measure: string;
  dimensions: Record<string, string>;
  status: string;
  revision: number;
  value: unknown;
}

/** A per-report document of a read model, with the stream versions it says it applied. */
export interface StatusDocument {
  _id: string;
  status: string;
  revision: number;
  applied?: number;
  folds?: number;
}

export interface Observed {
  events: StoredEvent[];
  series: ProjectedValue[];
  facts: ProjectedValue[];
  reportStatus: StatusDocument[];
  readiness: StatusDocument[];
  /** Messages parked in the consumers' dead-letter topics (no valid event may be there). */
  parked: number;
}

export interface Findings {
  lost: string[];
  duplicated: string[];
  /** Present although never acknowledged as possible: a refused write stored, a value no stored event has. */
  phantom: string[];
}

const VALUE_STATUS: Record<string, string> = { KpiReportSubmitted: 'provisional', KpiReportAccepted: 'validated' };
/** kpi-aggregation's report_status and meeting-coordination's readiness: the status each report event leads to. */
const REPORT_STATUS: Record<string, string> = {
  KpiReportSubmitted: 'submitted',
  KpiReportReturnedForRevision: 'returned',
  KpiReportAccepted: 'accepted',
  KpiReportAmendmentStarted: 'amending',
};
const READINESS_STATUS: Record<string, string> = {
  ...REPORT_STATUS,
  KpiReportDraftSaved: 'draft',
  KpiReportAmendmentStarted: 'amendment_in_progress',
};

/** Judges what is observed once the load has stopped: everything must match exactly. */
export function judge(ledger: Write[], observed: Observed): Findings {
  const findings: Findings = { lost: [], duplicated: [], phantom: [] };
  judgeLedger(ledger, observed.events, findings);
  const kpiEvents = observed.events.filter((event) => event.type.startsWith('KpiReport'));
  judgeValues('series', expectedValues(kpiEvents), observed.series, findings);
  // kpi.facts.v1 carries what analysts may see: the values of accepted revisions only.
  const acceptedEvents = kpiEvents.filter((event) => event.type === 'KpiReportAccepted');
  judgeValues('facts', expectedValues(acceptedEvents), observed.facts, findings);
  judgeStatus('report_status', kpiEvents, REPORT_STATUS, observed.reportStatus, findings, true);
  judgeStatus('readiness', kpiEvents, READINESS_STATUS, observed.readiness, findings, false);
  if (observed.parked > 0) findings.lost.push(`${observed.parked} messages parked in dead-letter topics`);
  return findings;
}

/** The stored events that are this write. */
function eventsOfWrite(write: Write, byStream: Map<string, StoredEvent[]>): StoredEvent[] {
  const events = byStream.get(write.reportId) ?? [];
  const marked = (event: StoredEvent) => markOf(event) === write.mark;
  switch (write.kind) {
    case 'submission':
    case 'import':
      // An import by SEESAC submits and accepts in one commit: its submission stands for it.
      return events.filter((event) => event.type === 'KpiReportSubmitted' && marked(event));
    case 'acceptance':
      return events.filter((event) => event.type === 'KpiReportAccepted' && event.data.revision === write.revision);
    case 'amendment':
      return events.filter(
        (event) => event.type === 'KpiReportAmendmentStarted' && event.data.revision === write.revision,
      );
  }
}

function judgeLedger(ledger: Write[], events: StoredEvent[], findings: Findings): void {
  const byStream = groupBy(events, (event) => event.streamId);
  for (const write of ledger) {
    const found = eventsOfWrite(write, byStream).length;
    const name = `write ${write.id} (${write.kind} ${write.reportId}${write.mark ? ` mark ${write.mark}` : ` r${write.revision}`}, ${write.outcome})`;
    if (write.outcome === 'ok' && found === 0) findings.lost.push(`${name}: acknowledged, not in the event store`);
    if (write.outcome !== 'refused' && found > 1)
      findings.duplicated.push(`${name}: ${found} times in the event store`);
    if (write.outcome === 'refused' && found > 0) findings.phantom.push(`${name}: refused, yet in the event store`);
    if (write.kind === 'import' && write.outcome === 'ok') {
      const accepted = (byStream.get(write.reportId) ?? []).filter(
        (event) => event.type === 'KpiReportAccepted' && markOf(event) === write.mark,
      ).length;
      if (accepted !== 1) findings.lost.push(`${name}: its acceptance is ${accepted} times in the event store`);
    }
  }
}

/** What kpi-aggregation must hold: one value version per observation of every submitted or accepted revision given. */
function expectedValues(events: StoredEvent[]): string[] {
  return events.flatMap((event) => {
    const status = VALUE_STATUS[event.type];
    if (!status || !Array.isArray(event.data.observations)) return [];
    return (event.data.observations as { measure: string; dimensions?: Record<string, string>; value: unknown }[]).map(
      (observation) =>
        valueKey({
          eventId: event.eventId,
          jurisdiction: String(event.data.jurisdiction),
          measure: observation.measure,
          dimensions: observation.dimensions ?? {},
          status,
          revision: Number(event.data.revision),
          value: observation.value,
        }),
    );
  });
}

function judgeValues(model: string, expected: string[], actual: ProjectedValue[], findings: Findings): void {
  const counts = countBy(actual.map(valueKey));
  const known = new Set(expected);
  for (const key of expected) if (!counts.has(key)) findings.lost.push(`${model}: missing ${key}`);
  for (const [key, count] of counts) {
    if (count > 1) findings.duplicated.push(`${model}: ${count} times ${key}`);
    if (!known.has(key)) findings.phantom.push(`${model}: no stored event has ${key}`);
  }
}

/** Compares each report's read-model document with the fold of its stored events (status, revision, versions applied). */
function judgeStatus(
  model: string,
  events: StoredEvent[],
  statusOf: Record<string, string>,
  documents: StatusDocument[],
  findings: Findings,
  countsFolds: boolean,
): void {
  const byId = new Map(documents.map((document) => [document._id, document]));
  for (const [streamId, stream] of groupBy(events, (event) => event.streamId)) {
    const applicable = stream
      .filter((event) => statusOf[event.type] || countsFolds)
      .sort((a, b) => a.streamVersion - b.streamVersion);
    if (applicable.length === 0) continue;
    const document = byId.get(streamId);
    const last = applicable[applicable.length - 1];
    if (!document) {
      findings.lost.push(`${model}: no document for ${streamId} (${applicable.length} events)`);
      continue;
    }
    const applied = document.applied ?? 0;
    if (applied < last.streamVersion)
      findings.lost.push(`${model}: ${streamId} applied up to v${applied}, the store has v${last.streamVersion}`);
    if (applied > last.streamVersion)
      findings.phantom.push(`${model}: ${streamId} applied v${applied}, beyond the store`);
    if (countsFolds && document.folds !== undefined && document.folds > applicable.length)
      findings.duplicated.push(
        `${model}: ${streamId} folded ${document.folds} events, the store has ${applicable.length}`,
      );
    // The state itself, once the document has applied the stream's last event.
    const lastStatus = [...applicable].reverse().find((event) => statusOf[event.type]);
    if (applied === last.streamVersion && lastStatus && document.status !== statusOf[lastStatus.type])
      findings.lost.push(
        `${model}: ${streamId} is '${document.status}', its events say '${statusOf[lastStatus.type]}'`,
      );
    if (applied === last.streamVersion && lastStatus && Number(document.revision) !== Number(lastStatus.data.revision))
      findings.lost.push(
        `${model}: ${streamId} is at revision ${document.revision}, its events say ${String(lastStatus.data.revision)}`,
      );
  }
}

export function markOf(event: StoredEvent): number | undefined {
  const observations = event.data.observations;
  if (!Array.isArray(observations)) return undefined;
  const total = (
    observations as { measure: string; dimensions?: Record<string, string>; value?: { amount?: string } }[]
  ).find(
    (observation) =>
      observation.measure === 'kpi3_reported_cases' && Object.keys(observation.dimensions ?? {}).length === 0,
  );
  return total?.value?.amount === undefined ? undefined : Number(total.value.amount);
}

function valueKey(value: ProjectedValue): string {
  const dimensions = Object.keys(value.dimensions)
    .sort()
    .map((code) => `${code}=${value.dimensions[code]}`)
    .join(',');
  return `${value.jurisdiction}|${value.measure}|${dimensions}|${value.status}|r${value.revision}|${canonical(value.value)}|${value.eventId}`;
}

/** JSON with sorted keys: the same value however its fields were ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
