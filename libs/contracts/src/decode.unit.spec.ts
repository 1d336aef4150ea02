import { isMessage } from '@bufbuild/protobuf';
import { eventDecoder, UndecodableEvent } from './decode';
import { REPORTING_EVENTS, reportingEvents } from './context-events';
import { ReportingRoundOpenedSchema } from './gen/salw/reporting/v1/reporting_pb';

const envelope = (type: string, payload: unknown, schemaVersion = 1) => ({
  eventId: 'e-1',
  streamId: 'reporting-round:13',
  streamVersion: 1,
  type,
  schemaVersion,
  payload,
});

describe('the typed decoder of a context', () => {
  it('decodes a payload as the generated message of its type, keeping the envelope fields', () => {
    const event = reportingEvents.decode(
      envelope('ReportingRoundOpened', {
        roundNumber: 13,
        label: '13th progress report',
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        dueDate: '2025-01-31',
        reportYear: 2024,
      }),
    );
    expect(event?.type).toBe('ReportingRoundOpened');
    if (event?.type !== 'ReportingRoundOpened') return;
    expect(isMessage(event.payload, ReportingRoundOpenedSchema)).toBe(true);
    expect(event.payload).toMatchObject({ roundNumber: 13, dueDate: '2025-01-31', reportYear: 2024 });
    expect(event.payload.noDueDateReason).toBeUndefined();
    expect(event).toMatchObject({ eventId: 'e-1', streamId: 'reporting-round:13', streamVersion: 1 });
  });

  it('reads the proto3 defaults of absent fields and ignores fields it does not know (a producer may add some)', () => {
    const event = reportingEvents.decode(
      envelope('KpiReportReturnedForRevision', { reportId: 'kpi-report:skopje:2024', addedLater: true }),
    );
    expect(event?.payload).toMatchObject({ reportId: 'kpi-report:skopje:2024', comments: '', revision: 0 });
    expect(event?.payload).not.toHaveProperty('addedLater');
  });

  it('skips event types the context does not define, also names of Object.prototype', () => {
    expect(reportingEvents.decode(envelope('KpiReportArchived', {}))).toBeUndefined();
    expect(reportingEvents.decode(envelope('constructor', {}))).toBeUndefined();
  });

  it('throws UndecodableEvent (poison) for a payload that is not its contract, naming the field', () => {
    const decode = (payload: unknown) => () => reportingEvents.decode(envelope('KpiReportSubmitted', payload));
    expect(decode({ year: 'last year' })).toThrow(UndecodableEvent);
    expect(decode({ year: 'last year' })).toThrow(/KpiReportSubmitted v1 does not decode as .*year/);
    expect(decode({ observations: [{ value: { amount: 19 } }] })).toThrow(UndecodableEvent);
    expect(decode('not an object')).toThrow(UndecodableEvent);
    expect(decode(null)).toThrow(UndecodableEvent);
  });
});

describe('upcasting by schemaVersion', () => {
  // As if ReportingRoundOpened v1 had carried `period: { from, to }` and `year`, and v2 `dueOn`; today (v3) is the proto.
  const decoder = eventDecoder('reporting', REPORTING_EVENTS, {
    ReportingRoundOpened: {
      1: ({ period, year, ...rest }) => {
        const { from, to } = period as { from: string; to: string };
        return { ...rest, periodFrom: from, periodTo: to, reportYear: year };
      },
      2: ({ dueOn, ...rest }) => ({ ...rest, ...(dueOn ? { dueDate: dueOn } : {}) }),
    },
  });
  const today = { roundNumber: 4, label: '4th', periodFrom: '2020-01-01', periodTo: '2020-06-30', reportYear: 2020 };

  it('decodes a payload of an old schema version to today’s message, step by step', () => {
    const v1 = {
      roundNumber: 4,
      label: '4th',
      period: { from: '2020-01-01', to: '2020-06-30' },
      year: 2020,
      dueOn: '2020-09-30',
    };
    expect(decoder.decode(envelope('ReportingRoundOpened', v1, 1))?.payload).toMatchObject({
      ...today,
      dueDate: '2020-09-30',
    });
    const v2 = { ...today, dueOn: '2020-09-30' };
    expect(decoder.decode(envelope('ReportingRoundOpened', v2, 2))?.payload).toMatchObject({
      ...today,
      dueDate: '2020-09-30',
    });
  });

  it('leaves a payload of today’s version, and other event types, as they are', () => {
    expect(
      decoder.decode(envelope('ReportingRoundOpened', { ...today, dueDate: '2020-10-01' }, 3))?.payload,
    ).toMatchObject({
      ...today,
      dueDate: '2020-10-01',
    });
    expect(decoder.decode(envelope('KpiReportAccepted', { revision: 2 }, 1))?.payload).toMatchObject({ revision: 2 });
  });
});
