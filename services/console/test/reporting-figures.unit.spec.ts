import { changeSinceBaseline, difference, percentChange } from '../app/src/reporting/change';
import { revisionDiff } from '../app/src/reporting/revision-diff';

const number = (amount: string) => ({ kind: 'number' as const, amount });
const TOTAL: Record<string, string> = {};

describe('console: what changed since the last accepted revision', () => {
  it('lists added, changed and removed cells, and leaves out unchanged ones', () => {
    const accepted = [
      { measure: 'kpi3_reported_cases', dimensions: TOTAL, value: number('40') },
      { measure: 'kpi3_pending', dimensions: TOTAL, value: number('3') },
      { measure: 'kpi4_seizure_cases', dimensions: TOTAL, value: number('7') },
    ];
    const current = [
      { measure: 'kpi3_reported_cases', dimensions: TOTAL, value: number('44') },
      { measure: 'kpi3_pending', dimensions: TOTAL, value: number('3') },
      {
        measure: 'kpi3_reported_cases',
        dimensions: { offence_category: 'trafficking' },
        value: { kind: 'no_data' as const, reason: 'Court statistics late' },
      },
    ];
    expect(revisionDiff(accepted, current)).toEqual([
      { measure: 'kpi3_reported_cases', dimensions: {}, before: number('40'), after: number('44') },
      {
        measure: 'kpi3_reported_cases',
        dimensions: { offence_category: 'trafficking' },
        before: undefined,
        after: { kind: 'no_data', reason: 'Court statistics late' },
      },
      { measure: 'kpi4_seizure_cases', dimensions: {}, before: number('7'), after: undefined },
    ]);
  });

  it('tells a 0 from "no data": replacing one by the other is a change', () => {
    const zero = [{ measure: 'kpi3_pending', dimensions: TOTAL, value: number('0') }];
    const noData = [{ measure: 'kpi3_pending', dimensions: TOTAL, value: { kind: 'no_data' as const, reason: 'x' } }];
    expect(revisionDiff(zero, noData)).toHaveLength(1);
    expect(revisionDiff(zero, zero)).toEqual([]);
  });
});

describe('console: change against the 2018 baseline, exact', () => {
  it('subtracts and divides decimal strings without floats', () => {
    expect(difference('0.3', '0.1')).toBe('0.2');
    expect(difference('40', '52.5')).toBe('-12.5');
    expect(percentChange('44', '40')).toBe('10');
    expect(percentChange('1', '3')).toBe('-66.7');
    expect(percentChange('5', '0')).toBeUndefined();
  });

  it('compares the latest year with a number to 2018, and says when there is no baseline', () => {
    expect(
      changeSinceBaseline([{ year: 2018, amount: '40' }, { year: 2019 }, { year: 2020, amount: '30' }, { year: 2021 }]),
    ).toEqual({
      state: 'computed',
      difference: '-10',
      percent: '-25',
      from: '40',
      fromYear: 2018,
      toYear: 2020,
    });
    expect(changeSinceBaseline([{ year: 2018 }, { year: 2020, amount: '30' }])).toEqual({ state: 'no_baseline' });
    expect(changeSinceBaseline([{ year: 2018, amount: '30' }])).toEqual({ state: 'no_recent' });
  });
});
