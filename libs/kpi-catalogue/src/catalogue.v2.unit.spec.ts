// Version 2 of the catalogue: the measures 003 and 004 report that version 1 missed, iARMS under Goal 2, and
// version 1 reports still valid. Figures and words are the seeds'.
import {
  Observation,
  catalogue,
  checkObservations,
  isNumericMeasure,
  kpi3Observations,
  loadCatalogue,
  validateCatalogueData,
} from './index';
import v2 from './data/catalogue.v2.json';

const v1 = loadCatalogue(1);
const num = (measure: string, amount: string, dimensions?: Record<string, string>): Observation => ({
  measure,
  ...(dimensions ? { dimensions } : {}),
  value: { kind: 'number', amount },
});

/** Figures of 004 (4th regional meeting) and 003 (13th progress report) that only version 2 can hold. */
const SEED_FIGURES_NEW_IN_V2: { who: string; words: string; observation: Observation }[] = [
  {
    who: 'Pristina (004)',
    words: 'approximately 80% harmonized',
    observation: num('kpi1_harmonization_percent', '80', { legal_framework: 'law_on_trade_in_strategic_goods' }),
  },
  {
    who: 'Belgrade (004)',
    words: 'Strategy on SALW Control for the period of 2019-2024',
    observation: num('kpi2_policy_document_valid_from', '2019', { policy_document_type: 'salw_control_strategy' }),
  },
  {
    who: 'Belgrade (004)',
    words: 'Strategy on SALW Control for the period of 2019-2024',
    observation: num('kpi2_policy_document_valid_to', '2024', { policy_document_type: 'salw_control_strategy' }),
  },
  {
    who: 'Pristina (003)',
    words: 'SALW Control Strategy and Action Plan (2024 – 2028)',
    observation: num('kpi2_policy_document_valid_to', '2028', { policy_document_type: 'action_plan' }),
  },
  {
    who: 'Pristina (004)',
    words: 'parts of weapons',
    observation: num('kpi4_parts_and_components_seized', '0', { location: 'border' }),
  },
  {
    who: 'Belgrade (004)',
    words: 'three joint investigation teams are operational',
    observation: num('kpi8_joint_investigation_teams', '3'),
  },
  {
    who: 'Sarajevo (004)',
    words: '10 new cases were initiated at the request of domestic police agencies',
    observation: num('kpi9_operational_cooperation_cases', '10', { partner_type: 'domestic' }),
  },
  {
    who: 'Pristina (003)',
    words: 'Most common weapon – handgun',
    observation: num('kpi10_firearm_incidents', '1262', { weapon_type: 'handgun' }),
  },
  {
    who: 'Belgrade (004)',
    words: '58,450 weapons were re-registered',
    observation: num('kpi11_firearms_re_registered', '58450'),
  },
  {
    who: 'Sarajevo (004)',
    words: '275 tones have been destroyed',
    observation: num('kpi12_firearms_and_ammunition_destroyed_tonnes', '275', { destruction_source: 'surplus' }),
  },
  {
    who: 'Sarajevo (004)',
    words: '40,169 pieces of SALW have been marked',
    observation: num('kpi12_salw_marked', '40169'),
  },
  {
    who: 'Tirana (004)',
    words: 'upgrades ... on the three underground storage facilities',
    observation: num('kpi13_storage_facilities_upgraded', '3'),
  },
  {
    who: 'Podgorica (004)',
    words: 'reconstruction of evidence rooms',
    observation: num('kpi13_evidence_rooms_upgraded', '0'),
  },
];

describe('KPI catalogue v2: what 003 and 004 report', () => {
  it('is valid data, version 2, the latest', () => {
    expect(validateCatalogueData(v2)).toEqual([]);
    expect(catalogue.version).toBe(2);
    expect(loadCatalogue(2)).toBe(catalogue);
  });

  it.each(SEED_FIGURES_NEW_IN_V2)(
    'holds $who "$words" ($observation.measure), which version 1 refuses',
    ({ observation }) => {
      expect(checkObservations(catalogue, [observation], 'observations')).toEqual([]);
      expect(checkObservations(v1, [observation], 'observations').length).toBeGreaterThan(0);
    },
  );

  it('has found and inherited firearms beside the other ways 001 names to reduce illicit possession', () => {
    const codes = catalogue.measuresOfKpi(11).map((measure) => measure.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'kpi11_firearms_surrendered',
        'kpi11_firearms_legalized',
        'kpi11_firearms_deactivated',
        'kpi11_firearms_found',
        'kpi11_firearms_inherited',
      ]),
    );
  });

  it('never sums a percentage of harmonization or a year of validity', () => {
    for (const code of [
      'kpi1_harmonization_percent',
      'kpi2_policy_document_valid_from',
      'kpi2_policy_document_valid_to',
    ]) {
      const measure = catalogue.measure(code)!;
      expect(isNumericMeasure(measure) && measure.additive).toBe(false);
    }
    expect(
      checkObservations(
        catalogue,
        [num('kpi1_harmonization_percent', '101', { legal_framework: 'law_on_weapons' })],
        'o',
      ),
    ).toEqual([{ path: 'o[0].value.amount', message: expect.stringMatching(/100/) }]);
  });

  it('places iARMS under Goal 2 (KPI 7), no longer under KPI 9 / Goal 3 (001: an overall target of Goal 2)', () => {
    const iarms = catalogue.measures
      .filter((measure) => measure.code.startsWith('iarms_'))
      .map((measure) => measure.code);
    expect(iarms).toEqual([
      'iarms_records',
      'iarms_searches',
      'iarms_hits',
      'iarms_trace_requests',
      'iarms_trace_requests_answered',
    ]);
    for (const code of iarms) {
      expect(catalogue.kpiOfMeasure(code)!.number).toBe(7);
      expect(v1.kpiOfMeasure(code)!.number).toBe(9);
    }
    expect(catalogue.goalsOfKpi(7).map((goal) => goal.number)).toEqual([2]);
    expect(catalogue.goal(2)!.overallTargets.some((target) => target.target.includes('iARMS'))).toBe(true);
    // 004, Podgorica: "14 records, 25 searches, 0 hits and 18 submitted trace requests in the iARMS".
    const podgorica = [
      num('iarms_records', '14'),
      num('iarms_searches', '25'),
      num('iarms_hits', '0'),
      num('iarms_trace_requests', '18'),
    ];
    expect(checkObservations(catalogue, podgorica, 'observations')).toEqual([]);
  });

  describe('a report on version 1 stays valid', () => {
    it('keeps every version 1 measure with its type, unit, additivity, statuses and dimensions', () => {
      for (const old of v1.measures) {
        const now = catalogue.measure(old.code);
        expect(now).toBeDefined();
        const { dimensions: oldDimensions, note: _oldNote, ...oldRest } = old;
        // `reporter` is new in version 2 (SEESAC's regional data); a jurisdiction's value of such a measure is kept, with a warning.
        const { dimensions: nowDimensions, note: _nowNote, reporter: _reporter, ...nowRest } = now!;
        expect(nowRest).toEqual(oldRest); // code, label, valueType, unit, additive, statusValues
        expect(nowDimensions).toEqual(expect.arrayContaining([...oldDimensions]));
      }
    });

    it('keeps every version 1 dimension value, unit and jurisdiction', () => {
      for (const dimension of v1.dimensions) {
        for (const value of dimension.values)
          expect(catalogue.hasDimensionValue(dimension.code, value.code)).toBe(true);
      }
      for (const unit of v1.units) expect(catalogue.unit(unit.code)).toEqual(unit);
      // Version 2 adds the reporter of SEESAC's regional data, and nothing else.
      expect(catalogue.jurisdictions.filter((j) => j.group !== 'region')).toEqual(v1.jurisdictions);
    });

    it("accepts 003's KPI 3 tables of every year, as version 1 does", () => {
      for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
        const observations = kpi3Observations(year);
        expect(checkObservations(v1, observations, 'observations')).toEqual([]);
        expect(checkObservations(catalogue, observations, 'observations')).toEqual([]);
      }
    });
  });
});
