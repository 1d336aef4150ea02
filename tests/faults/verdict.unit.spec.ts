import type { Write } from './load';
import { judge, Observed, ProjectedValue, StatusDocument, StoredEvent } from './verdict';

/** The checker must see what it is there to see: these build a small consistent world, then break it one way at a time. */
const REPORT = 'kpi-report:skopje:2023';
const observations = (mark: number) => [
  { measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: String(mark) } },
  {
    measure: 'kpi3_reported_cases',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount: '7' },
  },
];
const event = (
  streamVersion: number,
  type: string,
  data: Record<string, unknown>,
  recordedAt = 1000 * streamVersion,
): StoredEvent => ({
  eventId: `e${streamVersion}`,
  type,
  streamId: REPORT,
  streamVersion,
  recordedAt,
  data: { reportId: REPORT, jurisdiction: 'skopje', year: 2023, ...data },
});
const EVENTS = [
  event(1, 'KpiReportDraftSaved', { revision: 1, observations: observations(100_001) }),
  event(2, 'KpiReportSubmitted', { revision: 1, observations: observations(100_001) }),
  event(3, 'KpiReportAccepted', { revision: 1, observations: observations(100_001) }),
];
const LEDGER: Write[] = [
  { id: 1, kind: 'submission', reportId: REPORT, mark: 100_001, outcome: 'ok', answeredAt: 2000 },
  { id: 2, kind: 'acceptance', reportId: REPORT, revision: 1, outcome: 'ok', answeredAt: 3000 },
];
const values = (events: StoredEvent[]): ProjectedValue[] =>
  events.flatMap((stored) => {
    const status = { KpiReportSubmitted: 'provisional', KpiReportAccepted: 'validated' }[stored.type];
    if (!status) return [];
    return (stored.data.observations as ReturnType<typeof observations>).map((observation) => ({
      eventId: stored.eventId,
      jurisdiction: 'skopje',
      measure: observation.measure,
      dimensions: observation.dimensions as Record<string, string>,
      status,
      revision: 1,
      value: { amount: observation.value.amount, kind: observation.value.kind }, // other key order: the same value
    }));
  });
const documents = (status: string, applied = 3, folds?: number): StatusDocument[] => [
  { _id: REPORT, status, revision: 1, applied, folds },
];
const whole = (): Observed => ({
  events: EVENTS,
  series: values(EVENTS),
  facts: values(EVENTS.filter((stored) => stored.type === 'KpiReportAccepted')), // the facts topic: accepted values only
  reportStatus: documents('accepted', 3, 3),
  readiness: documents('accepted'),
  parked: 0,
});
const none = { lost: [], duplicated: [], phantom: [] };

describe('the fault suite checker', () => {
  it('finds nothing wrong in a consistent world', () => {
    expect(judge(LEDGER, whole())).toEqual(none);
  });

  it('counts an acknowledged write missing from the event store as lost', () => {
    const findings = judge(
      [...LEDGER, { id: 3, kind: 'submission', reportId: REPORT, mark: 100_002, outcome: 'ok', answeredAt: 3500 }],
      whole(),
    );
    expect(findings.lost).toEqual([
      expect.stringContaining(
        'write 3 (submission kpi-report:skopje:2023 mark 100002, ok): acknowledged, not in the event store',
      ),
    ]);
  });

  it('lets a write without an answer be absent, never twice; a refused one must be absent', () => {
    const timedOut: Write = {
      id: 3,
      kind: 'amendment',
      reportId: REPORT,
      revision: 2,
      outcome: 'indeterminate',
      answeredAt: 4000,
    };
    expect(judge([...LEDGER, timedOut], whole())).toEqual(none);
    const twice = {
      ...whole(),
      events: [...EVENTS, event(4, 'KpiReportAccepted', { revision: 1, observations: observations(100_001) })],
    };
    expect(judge(LEDGER, twice).duplicated).toContainEqual(
      expect.stringContaining('write 2 (acceptance kpi-report:skopje:2023 r1, ok): 2 times in the event store'),
    );
    const refused: Write = { ...LEDGER[1], id: 4, outcome: 'refused' };
    expect(judge([...LEDGER, refused], whole()).phantom).toEqual([
      expect.stringContaining('write 4 (acceptance kpi-report:skopje:2023 r1, refused)'),
    ]);
  });

  it('counts a stored value missing from the series or the facts as lost, and one held twice as duplicated', () => {
    const series = values(EVENTS);
    expect(judge(LEDGER, { ...whole(), series: series.slice(1) }).lost).toEqual([
      expect.stringMatching(/^series: missing skopje\|kpi3_reported_cases\|\|provisional\|r1\|.*100001.*\|e2$/),
    ]);
    const facts = whole().facts;
    expect(judge(LEDGER, { ...whole(), facts: [...facts, facts[1]] }).duplicated).toEqual([
      expect.stringMatching(/^facts: 2 times .*\|validated\|r1\|.*\|e3$/),
    ]);
  });

  it('counts a value no stored event has as phantom', () => {
    const invented = { ...values(EVENTS)[0], eventId: 'e-invented' };
    expect(judge(LEDGER, { ...whole(), series: [...values(EVENTS), invented] }).phantom).toEqual([
      expect.stringContaining('series: no stored event has'),
    ]);
    const unaccepted = values(EVENTS)[0]; // a submitted value: never on the facts topic
    expect(judge(LEDGER, { ...whole(), facts: [...whole().facts, unaccepted] }).phantom).toEqual([
      expect.stringContaining('facts: no stored event has'),
    ]);
  });

  it('counts a report document behind its stream, in another state, or folded twice', () => {
    expect(judge(LEDGER, { ...whole(), readiness: documents('submitted', 2) }).lost).toEqual([
      expect.stringContaining('readiness: kpi-report:skopje:2023 applied up to v2, the store has v3'),
    ]);
    expect(judge(LEDGER, { ...whole(), reportStatus: documents('submitted', 3, 3) }).lost).toEqual([
      expect.stringContaining("is 'submitted', its events say 'accepted'"),
    ]);
    expect(judge(LEDGER, { ...whole(), reportStatus: documents('accepted', 3, 4) }).duplicated).toEqual([
      expect.stringContaining('folded 4 events, the store has 3'),
    ]);
    expect(judge(LEDGER, { ...whole(), readiness: [] }).lost).toEqual([
      expect.stringContaining('readiness: no document for kpi-report:skopje:2023'),
    ]);
  });

  it('counts messages parked in a dead-letter topic as lost in the final check', () => {
    expect(judge(LEDGER, { ...whole(), parked: 2 }).lost).toEqual(['2 messages parked in dead-letter topics']);
  });
});
