import {
  CatalogueError,
  KpiCatalogue,
  catalogue,
  catalogueVersions,
  isMongoSafeKey,
  isNumericMeasure,
  latestCatalogueVersion,
  loadCatalogue,
  validateCatalogueData,
} from './index';
import v1 from './data/catalogue.v1.json';

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(v1)) as Json;

describe('KPI catalogue v1: the Roadmap', () => {
  it('is version 1, published on an ISO date; the latest version is 2', () => {
    expect(loadCatalogue(1).version).toBe(1);
    expect(latestCatalogueVersion).toBe(2);
    expect(catalogueVersions).toEqual([1, 2]);
    expect(loadCatalogue(1).publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(loadCatalogue(2)).toBe(catalogue);
  });

  it('refuses an unknown version', () => {
    expect(() => loadCatalogue(99)).toThrow(/no KPI catalogue version 99/);
  });

  it('has the 7 goals of the Roadmap, with their overall targets, baselines and timeframes', () => {
    expect(catalogue.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(catalogue.goal(1)!.title).toBe(
      'By 2023, ensure that arms control legislation is in place, fully harmonized with the EU regulatory framework ' +
        'and other related international obligations and standardized across the region.',
    );
    expect(catalogue.goal(6)!.title).toBe(
      'Systematically decrease the surplus and destroy seized small arms and light weapons and ammunition.',
    );
    expect(catalogue.goals.map((g) => g.overallTargets.length)).toEqual([6, 9, 4, 9, 4, 2, 4]);
    for (const goal of catalogue.goals) {
      for (const t of goal.overallTargets) {
        expect(t.target).not.toMatch(/<\/?p>/);
        expect(t.baseline).not.toMatch(/<\/?p>/);
        expect(t.baseline.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps timeframes as written, with years when they are years', () => {
    const g2 = catalogue.goal(2)!.overallTargets;
    expect(g2[0].timeframe).toEqual({ text: '2019 - 2024', from: 2019, to: 2024 });
    expect(g2[1].timeframe).toEqual({ text: '2020', from: 2020, to: 2020 });
    const iarms = g2.find((t) => t.target.includes('iARMS'))!;
    expect(iarms.timeframe).toEqual({ text: '2022', from: 2022, to: 2022 });
    const youngMen = catalogue
      .goal(4)!
      .overallTargets.find((t) => t.target.startsWith('Increase awareness among young men'))!;
    expect(youngMen.target).toBe(
      'Increase awareness among young men on the dangers of misuse of SALW/firearms since they account for majority of ' +
        'perpetrators and victims of firearm related incidents',
    );
    expect(catalogue.goal(7)!.overallTargets[0].timeframe).toEqual({ text: '2020 - 2024', from: 2020, to: 2024 });
  });

  it('has the 14 KPIs with the wording of the Roadmap (001)', () => {
    expect(catalogue.kpis.map((k) => k.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(catalogue.kpi(7)!.wording).toBe(
      'Firearms Focal Points established and operational in each jurisdiction of the Western Balkans',
    );
    expect(catalogue.kpi(10)!.wording).toBe(
      'Number of incidents involving firearms and victims affected by the misuse of firearms, disaggregated by gender ' +
        'and age, in each jurisdiction of the Western Balkans',
    );
    expect(catalogue.kpi(11)!.wording).toBe(
      'Number of FAE voluntarily surrendered, as well as firearms legalized or deactivated',
    );
    expect(catalogue.kpi(6)!.wording).toBe(
      'Number of FAE for which export licenses were issued by the Western Balkans identified as diverted through ' +
        'post-shipment control procedure',
    );
    expect(catalogue.kpi(1)!.wording).toContain('(The Firearms Protocol)');
    expect(catalogue.kpi(1)!.wording).not.toContain('*');
  });

  it('does not repeat KPI 9 as KPI 10 (the web page 000 does)', () => {
    expect(catalogue.kpi(10)!.wording).not.toBe(catalogue.kpi(9)!.wording);
    expect(new Set(catalogue.kpis.map((k) => k.wording)).size).toBe(14);
  });

  it('maps every KPI to at least one goal, as the progress reports do, and marks its own mapping', () => {
    for (const kpi of catalogue.kpis) expect(kpi.goals.length).toBeGreaterThanOrEqual(1);
    const byGoal = (n: number) => catalogue.kpisOfGoal(n).map((k) => k.number);
    expect(byGoal(1)).toEqual([1]);
    expect(byGoal(2)).toEqual([2, 3, 7, 8]);
    expect(byGoal(3)).toEqual([4, 5, 6, 9]);
    expect(byGoal(4)).toEqual([10, 11, 14]);
    expect(byGoal(5)).toEqual([10, 11]);
    expect(byGoal(6)).toEqual([12, 13]);
    expect(byGoal(7)).toEqual([12, 13]);
    const platform = catalogue.kpis.filter((k) => k.goalMappingSource === 'platform').map((k) => k.number);
    expect(platform).toEqual([5, 14]);
    expect(catalogue.goalsOfKpi(14).map((g) => g.number)).toEqual([4]);
  });

  it('names KPI 3 measures with the words of the progress report', () => {
    const labels = catalogue.measuresOfKpi(3).map((m) => [m.code, m.label]);
    expect(labels).toEqual(
      expect.arrayContaining([
        ['kpi3_reported_cases', 'Reported cases during the reporting period'],
        ['kpi3_reported_individuals', 'Reported individuals during the reporting period'],
        ['kpi3_solved_with_conviction', 'Solved with conviction (adjudicated)'],
        ['kpi3_solved_another_way', 'Solved in another way'],
      ]),
    );
    expect(catalogue.dimension('offence_category')!.values).toEqual([
      { code: 'illegal_possession', label: 'Illegal possession of FAE' },
      { code: 'trafficking', label: 'Trafficking of FAE' },
    ]);
  });

  it('covers what the reports quote, KPI by KPI', () => {
    const codes = (n: number) => catalogue.measuresOfKpi(n).map((m) => m.code);
    expect(codes(3)).toEqual(expect.arrayContaining(['kpi3_dismissed', 'kpi3_pending', 'kpi3_firearms_involved']));
    expect(catalogue.measure('kpi4_firearms_seized')!.dimensions).toEqual(['location']);
    expect(catalogue.measure('kpi7_ffp_status')).toMatchObject({
      valueType: 'status',
      statusValues: [{ code: 'not_established' }, { code: 'established' }, { code: 'operational' }],
    });
    expect(catalogue.measure('kpi8_inter_institutional_cooperation_cases')!.dimensions).toEqual(['cooperation_phase']);
    expect(catalogue.measure('kpi9_operational_cooperation_cases')!.dimensions).toEqual(['partner_type']);
    expect(catalogue.measure('kpi10_victims')!.dimensions).toEqual(
      expect.arrayContaining(['victim_outcome', 'gender', 'age_group']),
    );
    expect(loadCatalogue(1).measure('kpi10_firearm_incidents')!.dimensions).toEqual([
      'incident_context',
      'firearm_legality',
    ]);
    expect(codes(11)).toEqual(
      expect.arrayContaining(['kpi11_firearms_surrendered', 'kpi11_firearms_legalized', 'kpi11_firearms_deactivated']),
    );
    expect(catalogue.measure('kpi12_ammunition_destroyed_tonnes')).toMatchObject({
      unit: 'tonnes',
      valueType: 'decimal',
    });
    expect(catalogue.measure('kpi12_ammunition_destroyed_pieces')).toMatchObject({
      unit: 'pieces',
      valueType: 'integer',
    });
    expect(codes(13)).toEqual(
      expect.arrayContaining([
        'kpi13_storage_facilities_compliant',
        'kpi13_storage_facilities_total',
        'lost_and_stolen_firearms',
      ]),
    );
    expect(catalogue.kpi(13)!.note).toMatch(/lost and stolen/i);
    expect(loadCatalogue(1).kpiOfMeasure('iarms_trace_requests')!.number).toBe(9);
    expect(loadCatalogue(1).kpi(9)!.note).toMatch(/iARMS/);
    expect(catalogue.measure('kpi14_feeling_safe')).toMatchObject({
      unit: 'percent',
      valueType: 'decimal',
      additive: false,
    });
  });

  it('gives every KPI at least one measure', () => {
    for (const kpi of catalogue.kpis) expect(kpi.measures.length).toBeGreaterThan(0);
  });

  it('uses unique, lowercase snake_case, Mongo-safe codes everywhere', () => {
    const mongoSafe = (code: string) => {
      expect(isMongoSafeKey(code)).toBe(true);
      expect(code).not.toContain('.');
      expect(code.startsWith('$')).toBe(false);
      expect(code).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
    };
    const measureCodes = catalogue.measures.map((m) => m.code);
    expect(new Set(measureCodes).size).toBe(measureCodes.length);
    const dimensionCodes = catalogue.dimensions.map((d) => d.code);
    expect(new Set(dimensionCodes).size).toBe(dimensionCodes.length);
    const unitCodes = catalogue.units.map((u) => u.code);
    expect(new Set(unitCodes).size).toBe(unitCodes.length);
    for (const code of [...measureCodes, ...dimensionCodes, ...unitCodes]) mongoSafe(code);
    for (const d of catalogue.dimensions) {
      const values = d.values.map((v) => v.code);
      expect(new Set(values).size).toBe(values.length);
      values.forEach(mongoSafe);
    }
    for (const m of catalogue.measures) {
      if (m.valueType === 'status') m.statusValues.forEach((s) => mongoSafe(s.code));
    }
  });

  it('refers only to dimensions and units it defines', () => {
    for (const m of catalogue.measures) {
      for (const d of m.dimensions) expect(catalogue.dimension(d)).toBeDefined();
      if (isNumericMeasure(m)) expect(catalogue.unit(m.unit)).toBeDefined();
    }
    expect(catalogue.dimensionsOfMeasure('kpi3_reported_cases').map((d) => d.code)).toEqual(['offence_category']);
  });

  it('has the dimensions the reports break values down by', () => {
    expect(catalogue.dimension('gender')!.values.map((v) => v.code)).toEqual(['female', 'male']);
    expect(catalogue.dimension('location')!.values.map((v) => v.code)).toEqual(['inland', 'border']);
    expect(catalogue.dimension('destruction_source')!.values.map((v) => v.code)).toEqual(['confiscated', 'surplus']);
    expect(catalogue.dimension('victim_outcome')!.values.map((v) => v.code)).toEqual(['killed', 'injured']);
    expect(catalogue.dimension('cooperation_phase')!.values.map((v) => v.code)).toEqual([
      'investigation',
      'prosecution',
      'pretrial',
    ]);
    expect(catalogue.dimension('age_group')!.values.map((v) => v.code)).toContain('unknown');
    expect(catalogue.hasDimensionValue('incident_context', 'celebratory_shooting')).toBe(true);
    expect(catalogue.hasDimensionValue('incident_context', 'party')).toBe(false);
  });

  it('has the six WB6 beneficiaries, and Chisinau as associated, not a beneficiary', () => {
    expect(catalogue.wb6Jurisdictions().map((j) => j.name)).toEqual([
      'Belgrade',
      'Podgorica',
      'Pristina',
      'Sarajevo',
      'Skopje',
      'Tirana',
    ]);
    for (const j of catalogue.wb6Jurisdictions()) expect(j.beneficiary).toBe(true);
    const chisinau = catalogue.jurisdiction('chisinau')!;
    expect(chisinau).toMatchObject({ name: 'Chisinau', beneficiary: false, group: 'associated' });
    expect(catalogue.associatedJurisdictions()).toEqual([chisinau]);
  });

  it('names each SALW Commission as the documents do, and says when it does not know', () => {
    expect(catalogue.jurisdiction('belgrade')!.commissionName).toBe('SALW Coordination Council');
    expect(catalogue.jurisdiction('sarajevo')!.commissionName).toBe('SALW Coordination Board');
    expect(catalogue.jurisdiction('chisinau')).toMatchObject({
      commissionName: 'SALW Commission',
      commissionNameSource: 'generic',
    });
  });

  it('always carries the UNSCR 1244 footnote for Pristina', () => {
    const pristina = catalogue.jurisdiction('pristina')!;
    expect(pristina.footnote).toBe(
      'References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).',
    );
    expect(catalogue.displayName('pristina')).toBe('Pristina*');
    expect(catalogue.displayName('tirana')).toBe('Tirana');
    expect(catalogue.displayName('nowhere')).toBeUndefined();
  });

  it('answers undefined or empty for unknown keys', () => {
    expect(catalogue.kpi(15)).toBeUndefined();
    expect(catalogue.measure('kpi3.reported_cases')).toBeUndefined();
    expect(catalogue.measuresOfKpi(15)).toEqual([]);
    expect(catalogue.kpisOfGoal(8)).toEqual([]);
    expect(catalogue.dimensionsOfMeasure('nope')).toEqual([]);
  });
});

describe('catalogue integrity rules (validateCatalogueData)', () => {
  it('accepts v1', () => {
    expect(validateCatalogueData(v1)).toEqual([]);
  });

  it('refuses a measure code with a dot or a leading $', () => {
    const data = clone() as { kpis: { measures: { code: string }[] }[] };
    data.kpis[2].measures[0].code = 'kpi3.reported_cases';
    data.kpis[3].measures[0].code = '$kpi4';
    const paths = validateCatalogueData(data).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['kpis[2].measures[0].code', 'kpis[3].measures[0].code']));
    expect(() => new KpiCatalogue(data)).toThrow(CatalogueError);
  });

  it('refuses a duplicate measure code across KPIs', () => {
    const data = clone() as { kpis: { measures: { code: string }[] }[] };
    data.kpis[3].measures[0].code = 'kpi3_reported_cases';
    expect(validateCatalogueData(data)).toEqual([
      { path: 'kpis[3].measures[0].code', message: expect.stringContaining('duplicate code "kpi3_reported_cases"') },
    ]);
  });

  it('refuses a measure referring to an unknown dimension or unit', () => {
    const data = clone() as { kpis: { measures: { dimensions: string[]; unit?: string }[] }[] };
    data.kpis[2].measures[0].dimensions = ['offence_category', 'colour'];
    data.kpis[2].measures[1].unit = 'bananas';
    const paths = validateCatalogueData(data).map((p) => p.path);
    expect(paths).toEqual(['kpis[2].measures[0].dimensions[1]', 'kpis[2].measures[1].unit']);
  });

  it('refuses a KPI mapped to no goal, or to a goal that does not exist', () => {
    const data = clone() as { kpis: { goals: number[] }[] };
    data.kpis[0].goals = [];
    data.kpis[1].goals = [8];
    const paths = validateCatalogueData(data).map((p) => p.path);
    expect(paths).toEqual(['kpis[0].goals', 'kpis[1].goals[0]']);
  });

  it('refuses an additive percentage and a beneficiary outside WB6', () => {
    const data = clone() as {
      kpis: { measures: { additive?: boolean }[] }[];
      jurisdictions: { beneficiary: boolean }[];
    };
    data.kpis[13].measures[0].additive = true;
    data.jurisdictions[6].beneficiary = true;
    const paths = validateCatalogueData(data).map((p) => p.path);
    expect(paths).toEqual(['kpis[13].measures[0].additive', 'jurisdictions[6].group']);
  });
});
