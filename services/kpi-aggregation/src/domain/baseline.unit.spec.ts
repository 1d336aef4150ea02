import { KPI3_003 } from '@salw/kpi-catalogue';
import { changeOfAmount, changeOfValue } from './baseline';
import { regionalTotal, withChangeFromBaseline } from './regional-total';
import { KpiValue } from './report-events';
import { seriesCells, ValueVersion } from './series';

const number = (amount: string): KpiValue => ({ kind: 'number', amount });
const noData: KpiValue = { kind: 'no_data', reason: 'No data' };
const version = (year: number, value: KpiValue): ValueVersion => ({
  year,
  status: 'validated',
  value,
  reportId: `kpi-report:pristina:${year}`,
  revision: 1,
  recordedAt: `${year + 1}-06-16T00:00:00.000Z`,
  eventId: `e${year}`,
});
/** Pristina's series of 003 (index 0 = 2018), as accepted versions. */
const pristina = (category: 'illegal_possession' | 'trafficking', measure: string) =>
  KPI3_003[category][measure].map((amount, index) =>
    version(2018 + index, amount === null ? noData : number(String(amount))),
  );

describe('change against the 2018 baseline (003, Pristina)', () => {
  it('compares each number with the 2018 value exactly: illegal possession cases 1,327 (2018) → 1,434 (2024) is +107, +8.1 %', () => {
    const cells = seriesCells(pristina('illegal_possession', 'kpi3_reported_cases'), {
      view: 'validated',
      additive: true,
    });
    expect(cells[6]).toMatchObject({
      year: 2024,
      changeFromBaseline: { baselineYear: 2018, baseline: '1327', difference: '107', percent: '8.1' },
    });
    expect(cells[0]).toMatchObject({
      year: 2018,
      changeFromBaseline: { baseline: '1327', difference: '0', percent: '0.0' },
    });
    const trafficking = seriesCells(pristina('trafficking', 'kpi3_reported_cases'), {
      view: 'validated',
      additive: true,
    });
    expect(trafficking[1].state === 'reported' && trafficking[1].changeFromBaseline).toEqual({
      baselineYear: 2018,
      baseline: '19',
      difference: '42',
      percent: '221.1',
    });
    expect(trafficking[2].state === 'reported' && trafficking[2].changeFromBaseline).toEqual({
      baselineYear: 2018,
      baseline: '19',
      difference: '-9',
      percent: '-47.4',
    });
  });

  it('a 2018 "No data" is no baseline, never 0: 2024 trafficking convictions (5) have nothing to compare with', () => {
    const cells = seriesCells(pristina('trafficking', 'kpi3_solved_with_conviction'), {
      view: 'validated',
      additive: true,
    });
    expect(cells[6]).toMatchObject({
      year: 2024,
      changeFromBaseline: { baselineYear: 2018, noBaseline: 'the 2018 baseline is "No data"' },
    });
    expect(cells[0]).not.toHaveProperty('changeFromBaseline'); // "No data" itself has no change
    expect(changeOfValue(number('5'), undefined)).toEqual({
      baselineYear: 2018,
      noBaseline: 'nothing reported for the 2018 baseline',
    });
    expect(changeOfAmount('1', '0', '')).toMatchObject({ difference: '1', percent: null });
  });

  it('never compares a non-additive series (KPI 14 percentages)', () => {
    const cells = seriesCells([version(2018, number('80')), version(2024, number('75'))], {
      view: 'validated',
      additive: false,
      toYear: 2024,
    });
    expect(cells.filter((cell) => 'changeFromBaseline' in cell)).toEqual([]);
  });

  it('compares a regional total only with a 2018 total of the same jurisdictions', () => {
    const wb = ['pristina', 'belgrade'];
    const measure = 'kpi3_reported_cases';
    const t2018 = regionalTotal(measure, 2018, { pristina: number('19'), belgrade: number('1') }, wb);
    const t2019 = regionalTotal(measure, 2019, { pristina: number('61'), belgrade: number('4') }, wb);
    const t2020 = regionalTotal(measure, 2020, { pristina: number('10') }, wb);
    const [, same, partial] = withChangeFromBaseline([t2018, t2019, t2020], t2018);
    expect(same.changeFromBaseline).toEqual({ baselineYear: 2018, baseline: '20', difference: '45', percent: '225.0' });
    expect(partial.changeFromBaseline).toEqual({
      baselineYear: 2018,
      noBaseline: 'the 2018 total counts other jurisdictions (pristina, belgrade)',
    });
    const statuses = regionalTotal('kpi7_ffp_status', 2019, {}, wb);
    expect(withChangeFromBaseline([statuses], t2018)[0]).not.toHaveProperty('changeFromBaseline');
  });
});
