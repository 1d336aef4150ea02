import { Observation, catalogue, checkBreakdowns, checkObservation, checkObservations, sumAmounts } from './index';

const num = (measure: string, amount: string, dimensions?: Record<string, string>): Observation => ({
  measure,
  ...(dimensions ? { dimensions } : {}),
  value: { kind: 'number', amount },
});
const check = (o: unknown) => checkObservation(catalogue, o, 'obs');

describe('checkObservation', () => {
  describe('the measure exists', () => {
    it('passes for a catalogue measure', () => {
      expect(check(num('kpi3_reported_cases', '1434'))).toEqual([]);
    });
    it('fails for an unknown measure', () => {
      expect(check(num('kpi3_reported', '1434'))).toEqual([
        { path: 'obs.measure', message: 'unknown measure "kpi3_reported"' },
      ]);
    });
    it('fails for something that is not an observation', () => {
      expect(check(null)).toEqual([{ path: 'obs', message: expect.any(String) }]);
      expect(check({ value: { kind: 'number', amount: '1' } })).toEqual([
        { path: 'obs.measure', message: 'must be a measure code' },
      ]);
    });
  });

  describe('dimensions', () => {
    it('passes for allowed dimensions with known values', () => {
      expect(check(num('kpi3_reported_cases', '19', { offence_category: 'trafficking' }))).toEqual([]);
      expect(
        check(num('kpi10_victims', '3', { victim_outcome: 'killed', gender: 'male', age_group: '18_24' })),
      ).toEqual([]);
    });
    it('fails for a dimension the measure is not broken down by', () => {
      expect(check(num('kpi3_reported_cases', '19', { location: 'border' }))).toEqual([
        {
          path: 'obs.dimensions.location',
          message: 'measure "kpi3_reported_cases" cannot be broken down by "location" (allowed: offence_category)',
        },
      ]);
    });
    it('fails for an unknown dimension, with a readable path even for an odd key', () => {
      expect(check(num('kpi3_reported_cases', '19', { 'a.b': 'x' }))).toEqual([
        { path: 'obs.dimensions["a.b"]', message: 'unknown dimension "a.b"' },
      ]);
    });
    it('fails for a value the dimension does not have', () => {
      expect(check(num('kpi4_firearms_seized', '98', { location: 'airport' }))).toEqual([
        {
          path: 'obs.dimensions.location',
          message: '"airport" is not a value of dimension "location" (values: inland, border)',
        },
      ]);
    });
    it('fails when dimensions is not an object', () => {
      expect(
        check({ measure: 'kpi4_firearms_seized', dimensions: ['inland'], value: { kind: 'number', amount: '1' } }),
      ).toHaveLength(1);
    });
  });

  describe('integer amounts', () => {
    it.each(['0', '1', '1434', '176590', '123456789012345678901234567890'])('accepts %p', (amount) => {
      expect(check(num('kpi3_reported_cases', amount))).toEqual([]);
    });
    it.each(['1.5', '-1', '1e3', '1,434', '01', '', ' 1', '+1', 'NaN', '1.0'])('refuses %p', (amount) => {
      expect(check(num('kpi3_reported_cases', amount))).toEqual([
        { path: 'obs.value.amount', message: expect.stringContaining('non-negative whole number') },
      ]);
    });
    it('refuses a JSON number: amounts are strings', () => {
      expect(check({ measure: 'kpi3_reported_cases', value: { kind: 'number', amount: 1434 } })).toEqual([
        { path: 'obs.value.amount', message: expect.stringContaining('never JSON numbers') },
      ]);
    });
  });

  describe('decimal amounts', () => {
    it.each(['0', '37.4', '275', '0.000001', '84.123456'])('accepts %p', (amount) => {
      expect(check(num('kpi12_ammunition_destroyed_tonnes', amount))).toEqual([]);
    });
    it.each(['37,4', '-0.5', '0.1234567', '.5', '5.', '1e2', '037.4'])('refuses %p', (amount) => {
      expect(check(num('kpi12_ammunition_destroyed_tonnes', amount))).toEqual([
        { path: 'obs.value.amount', message: expect.stringContaining('at most 6 fraction digits') },
      ]);
    });
  });

  describe('percentages', () => {
    it.each(['0', '57.3', '100', '100.000000'])('accepts %p', (amount) => {
      expect(check(num('kpi14_feeling_safe', amount, { gender: 'female' }))).toEqual([]);
    });
    it.each(['100.000001', '101', '250'])('refuses %p', (amount) => {
      expect(check(num('kpi14_feeling_safe', amount))).toEqual([
        { path: 'obs.value.amount', message: `a percentage must lie between 0 and 100 (got "${amount}")` },
      ]);
    });
  });

  describe('statuses', () => {
    it('accepts a status of the measure', () => {
      expect(check({ measure: 'kpi7_ffp_status', value: { kind: 'status', status: 'operational' } })).toEqual([]);
    });
    it('refuses a status the measure does not have', () => {
      expect(check({ measure: 'kpi7_ffp_status', value: { kind: 'status', status: 'virtual' } })).toEqual([
        {
          path: 'obs.value.status',
          message:
            '"virtual" is not a status of measure "kpi7_ffp_status" (statuses: not_established, established, operational)',
        },
      ]);
    });
    it('refuses a number for a status measure, and a status for a numeric one', () => {
      expect(check(num('kpi7_ffp_status', '1'))).toEqual([
        { path: 'obs.value.kind', message: 'measure "kpi7_ffp_status" takes a status, not a number' },
      ]);
      expect(check({ measure: 'kpi3_reported_cases', value: { kind: 'status', status: 'operational' } })).toEqual([
        { path: 'obs.value.kind', message: 'measure "kpi3_reported_cases" takes a number, not a status' },
      ]);
    });
    it('accepts a status per law for KPI 1', () => {
      expect(
        check({
          measure: 'kpi1_harmonization_status',
          dimensions: { legal_framework: 'law_on_weapons' },
          value: { kind: 'status', status: 'partially_harmonized' },
        }),
      ).toEqual([]);
    });
  });

  describe('"No data"', () => {
    it('is valid with a reason, for numeric and status measures alike', () => {
      const noData = { kind: 'no_data', reason: 'Adjudications were not recorded in 2018' };
      expect(
        check({
          measure: 'kpi3_solved_with_conviction',
          dimensions: { offence_category: 'trafficking' },
          value: noData,
        }),
      ).toEqual([]);
      expect(check({ measure: 'kpi7_ffp_status', value: noData })).toEqual([]);
    });
    it('is refused without a reason', () => {
      expect(check({ measure: 'kpi3_solved_with_conviction', value: { kind: 'no_data', reason: '  ' } })).toEqual([
        { path: 'obs.value.reason', message: '"No data" needs a reason (it is not 0)' },
      ]);
      expect(check({ measure: 'kpi3_solved_with_conviction', value: { kind: 'no_data' } })).toHaveLength(1);
    });
    it('is distinct from 0: both are valid, and only 0 takes part in sums', () => {
      const zero = num('kpi3_solved_with_conviction', '0', { offence_category: 'trafficking' });
      const noData: Observation = {
        measure: 'kpi3_solved_with_conviction',
        dimensions: { offence_category: 'illegal_possession' },
        value: { kind: 'no_data', reason: 'No data' },
      };
      expect(check(zero)).toEqual([]);
      expect(check(noData)).toEqual([]);
      expect(zero.value).not.toEqual(noData.value);
      const total = num('kpi3_solved_with_conviction', '0');
      expect(checkBreakdowns(catalogue, [total, zero, noData], 'v')).toEqual([]);
    });
  });

  it('refuses an unknown value kind', () => {
    expect(check({ measure: 'kpi3_reported_cases', value: { kind: 'zero' } })).toEqual([
      { path: 'obs.value.kind', message: 'must be "number", "status" or "no_data" (got "zero")' },
    ]);
    expect(check({ measure: 'kpi3_reported_cases' })).toEqual([{ path: 'obs.value', message: expect.any(String) }]);
  });
});

describe('checkBreakdowns', () => {
  it('passes when the parts sum to the total (003, illegal possession and trafficking 2024)', () => {
    const obs = [
      num('kpi3_reported_cases', '1453'),
      num('kpi3_reported_cases', '1434', { offence_category: 'illegal_possession' }),
      num('kpi3_reported_cases', '19', { offence_category: 'trafficking' }),
    ];
    expect(checkBreakdowns(catalogue, obs, 'kpis')).toEqual([]);
  });

  it('passes for a partial breakdown (parts below the total)', () => {
    const obs = [num('kpi4_firearms_seized', '102'), num('kpi4_firearms_seized', '98', { location: 'inland' })];
    expect(checkBreakdowns(catalogue, obs, 'kpis')).toEqual([]);
  });

  it('fails when the parts exceed the total, naming both paths', () => {
    const obs = [
      num('kpi4_firearms_seized', '100'),
      num('kpi4_firearms_seized', '98', { location: 'inland' }),
      num('kpi4_firearms_seized', '4', { location: 'border' }),
    ];
    expect(checkBreakdowns(catalogue, obs, 'kpis')).toEqual([
      {
        path: 'kpis[0]',
        message:
          'the breakdown of "kpi4_firearms_seized" by "location" sums to 102, more than the total 100 at kpis[0] ' +
          '(parts: kpis[1], kpis[2])',
      },
    ]);
  });

  it('compares like with like: same other dimensions, one more dimension', () => {
    const obs = [
      num('kpi10_victims', '10', { victim_outcome: 'killed' }),
      num('kpi10_victims', '7', { victim_outcome: 'killed', gender: 'male' }),
      num('kpi10_victims', '3', { victim_outcome: 'killed', gender: 'female' }),
      // another cell: injured. Not a part of "killed".
      num('kpi10_victims', '50', { victim_outcome: 'injured', gender: 'male' }),
      // two more dimensions than the total: not a direct part.
      num('kpi10_victims', '40', { victim_outcome: 'killed', gender: 'male', age_group: '18_24' }),
    ];
    const problems = checkBreakdowns(catalogue, obs, 'kpis');
    expect(problems).toHaveLength(1);
    // the only excess: 40 aged 18-24 under "killed, male" (7)
    expect(problems[0].path).toBe('kpis[1]');
    expect(problems[0].message).toContain('by "age_group" sums to 40, more than the total 7');
    expect(problems[0].message).toContain('kpis[4]');
  });

  it('checks each breakdown of a total separately', () => {
    const obs = [
      num('kpi14_survey_respondents', '1000'),
      num('kpi14_survey_respondents', '520', { gender: 'female' }),
      num('kpi14_survey_respondents', '480', { gender: 'male' }),
      num('kpi14_survey_respondents', '600', { age_group: '18_24' }),
      num('kpi14_survey_respondents', '500', { age_group: '25_34' }),
    ];
    const problems = checkBreakdowns(catalogue, obs, 'p');
    expect(problems).toEqual([{ path: 'p[0]', message: expect.stringContaining('by "age_group" sums to 1100') }]);
  });

  it('adds decimals exactly, without floating point error', () => {
    // 0.1 + 0.2 > 0.3 in floating point; exactly equal here.
    const obs = [
      num('kpi12_ammunition_destroyed_tonnes', '0.3'),
      num('kpi12_ammunition_destroyed_tonnes', '0.1', { destruction_source: 'confiscated' }),
      num('kpi12_ammunition_destroyed_tonnes', '0.2', { destruction_source: 'surplus' }),
    ];
    expect(checkBreakdowns(catalogue, obs, 'p')).toEqual([]);
    const over = [
      ...obs.slice(0, 2),
      num('kpi12_ammunition_destroyed_tonnes', '0.200001', { destruction_source: 'surplus' }),
    ];
    expect(checkBreakdowns(catalogue, over, 'p')).toEqual([
      { path: 'p[0]', message: expect.stringContaining('sums to 0.300001, more than the total 0.3') },
    ]);
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
  });

  it('adds counts beyond the safe range of floating point exactly', () => {
    const obs = [
      num('kpi4_ammunition_seized', '9007199254740993'),
      num('kpi4_ammunition_seized', '9007199254740992', { location: 'inland' }),
      num('kpi4_ammunition_seized', '2', { location: 'border' }),
    ];
    expect(checkBreakdowns(catalogue, obs, 'p')).toHaveLength(1);
  });

  it('skips "No data" totals and parts, percentages and invalid amounts', () => {
    const obs: unknown[] = [
      { measure: 'kpi4_firearms_seized', value: { kind: 'no_data', reason: 'not collected' } },
      num('kpi4_firearms_seized', '98', { location: 'inland' }),
      num('kpi14_feeling_safe', '50'),
      num('kpi14_feeling_safe', '60', { gender: 'female' }),
      num('kpi14_feeling_safe', '70', { gender: 'male' }),
      num('kpi3_reported_cases', '10'),
      num('kpi3_reported_cases', '1e3', { offence_category: 'trafficking' }),
    ];
    expect(checkBreakdowns(catalogue, obs, 'p')).toEqual([]);
  });
});

describe('checkBreakdowns on large inputs', () => {
  it('takes the first of a repeated total as the total: one problem, naming every part once', () => {
    // 800 copies of one total and 800 parts: before, 800 problems of 800 paths each (and cubic work).
    const total = num('kpi4_firearms_seized', '1');
    const parts = Array.from({ length: 800 }, (_, i) =>
      num('kpi4_firearms_seized', '1', { location: i % 2 ? 'border' : 'inland' }),
    );
    const problems = checkBreakdowns(catalogue, [...Array.from({ length: 800 }, () => total), ...parts], 'r');
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('r[0]');
    expect(problems[0].message).toContain('sums to 800, more than the total 1 at r[0]');
    expect(problems[0].message.match(/r\[\d+\]/g)).toHaveLength(801); // the total and its 800 parts
    expect(problems[0].message).toContain('r[800], r[801]');
  });

  it('reports each total with its breakdowns in the order of the totals, a part counting in every breakdown it belongs to', () => {
    const obs = [
      num('kpi10_victims', '5', { gender: 'male' }),
      num('kpi10_victims', '1', { victim_outcome: 'killed' }),
      num('kpi10_victims', '4', { victim_outcome: 'killed', gender: 'male' }),
      num('kpi10_victims', '3', { victim_outcome: 'killed', gender: 'female' }),
      num('kpi10_victims', '2', { victim_outcome: 'injured', gender: 'male' }),
    ];
    const problems = checkBreakdowns(catalogue, obs, 'p');
    expect(problems.map((p) => p.path)).toEqual(['p[0]', 'p[1]']);
    expect(problems[0].message).toContain('by "victim_outcome" sums to 6, more than the total 5');
    expect(problems[0].message).toContain('(parts: p[2], p[4])');
    expect(problems[1].message).toContain('by "gender" sums to 7, more than the total 1');
    expect(problems[1].message).toContain('(parts: p[2], p[3])');
  });
});

describe('checkObservations', () => {
  it('reports own rules, duplicates and breakdowns together', () => {
    const obs = [
      num('kpi11_firearms_surrendered', '202'),
      num('kpi11_firearms_surrendered', '202'),
      num('kpi11_firearms_legalized', '-80'),
      num('kpi3_reported_cases', '10'),
      num('kpi3_reported_cases', '11', { offence_category: 'trafficking' }),
    ];
    expect(checkObservations(catalogue, obs, 'r').map((p) => p.path)).toEqual(['r[1]', 'r[2].value.amount', 'r[3]']);
  });

  it('passes a clean report', () => {
    const obs = [
      num('kpi11_firearms_surrendered', '202'),
      num('kpi11_ammunition_surrendered', '3709'),
      num('kpi11_firearms_legalized', '80'),
      num('kpi11_firearms_deactivated', '14'),
      { measure: 'kpi7_ffp_status', value: { kind: 'status', status: 'established' } },
    ];
    expect(checkObservations(catalogue, obs, 'r')).toEqual([]);
  });
});
