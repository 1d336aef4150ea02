// "Around 90 firearms" (004, Podgorica) stays approximate from the event to the regional total; 004's other
// voluntary surrenders of the reporting period are exact (Sarajevo 202 firearms, Tirana 3).
import { sumOfCompleteBreakdown } from './across-categories';
import { regionalTotal, regionJurisdictions } from './regional-total';
import { fromJson } from '@bufbuild/protobuf';
import { reportingV1 } from '@salw/contracts';
import { KpiValue, readObservations } from './report-events';
import { seriesCells, ValueVersion } from './series';

const exact = (amount: string): KpiValue => ({ kind: 'number', amount });
const around = (amount: string): KpiValue => ({ kind: 'number', amount, approximate: true });

describe('approximate values ("around 90 firearms")', () => {
  it('are read from the event as approximate, and exact values stay without the flag', () => {
    const observations = readObservations(
      [
        { measure: 'kpi11_firearms_surrendered', value: { kind: 'number', amount: '90', approximate: true } },
        { measure: 'kpi11_explosive_devices_surrendered', value: { kind: 'number', amount: '51', approximate: false } },
      ].map((json) => fromJson(reportingV1.ObservationSchema, json)),
    );
    expect(observations.map((observation) => observation.value)).toEqual([around('90'), exact('51')]);
  });

  it('show in the series cell as reported', () => {
    const version: ValueVersion = {
      year: 2020,
      status: 'validated',
      value: around('90'),
      reportId: 'kpi-report:podgorica:2020',
      revision: 1,
      recordedAt: '2020-11-26T00:00:00Z',
      eventId: 'e1',
    };
    expect(seriesCells([version], { view: 'validated', fromYear: 2020 })).toEqual([
      expect.objectContaining({ year: 2020, value: around('90') }),
    ]);
  });

  it('make the regional total approximate: around 90 + 202 + 3 = around 295', () => {
    const total = regionalTotal(
      'kpi11_firearms_surrendered',
      2020,
      { podgorica: around('90'), sarajevo: exact('202'), tirana: exact('3') },
      regionJurisdictions(false),
    );
    expect(total).toMatchObject({ total: '295', approximate: true, complete: false });
    const exactTotal = regionalTotal(
      'kpi11_firearms_surrendered',
      2020,
      { sarajevo: exact('202'), tirana: exact('3') },
      regionJurisdictions(false),
    );
    expect(exactTotal.total).toBe('205');
    expect(exactTotal).not.toHaveProperty('approximate');
  });

  it('make a total across categories approximate when a category is', () => {
    expect(sumOfCompleteBreakdown('location', { inland: exact('98'), border: around('4') })).toEqual(around('102'));
    expect(sumOfCompleteBreakdown('location', { inland: exact('98'), border: exact('4') })).toEqual(exact('102'));
  });
});
