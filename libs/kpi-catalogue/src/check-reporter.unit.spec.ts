// SEESAC's own regional data (version 2): the region reports KPI 5, KPI 14 and the AVMP figures, by the place they
// concern; a jurisdiction's own report keeps its figures. The figures are 003's (AVMP, Pristina).
import {
  Observation,
  catalogue,
  checkObservations,
  loadCatalogue,
  reporterProblems,
  reporterWarnings,
  validateCatalogueData,
} from './index';

const avmp = (incidentContext: string, amount: string): Observation => ({
  measure: 'avmp_firearm_incidents',
  dimensions: { place: 'pristina', incident_context: incidentContext },
  value: { kind: 'number', amount },
});
/** 003: "Criminal context incidents declined from 134 cases in 2021 to 78 in 2024", celebratory shootings 135 and domestic violence 45 in 2024. */
const AVMP_PRISTINA_2024 = [
  avmp('criminal', '78'),
  avmp('celebratory_shooting', '135'),
  avmp('domestic_violence', '45'),
];

describe("SEESAC's regional data (the region reporter)", () => {
  it('is a reporter of its own, no beneficiary, outside the WB6 and the associated jurisdictions', () => {
    expect(catalogue.regionReporter()).toMatchObject({
      code: 'region',
      group: 'region',
      beneficiary: false,
      commissionName: 'SEESAC',
    });
    expect(catalogue.wb6Jurisdictions().map((j) => j.code)).not.toContain('region');
    expect(catalogue.associatedJurisdictions().map((j) => j.code)).toEqual(['chisinau']);
    expect(loadCatalogue(1).regionReporter()).toBeUndefined();
  });

  it('marks KPI 5, KPI 14 and the AVMP figures as regional, broken down by the place they concern', () => {
    const regional = catalogue.measures.filter((m) => catalogue.isRegionalMeasure(m.code)).map((m) => m.code);
    expect(regional).toEqual([
      'kpi5_eu_border_seizure_cases_traced',
      'kpi5_eu_seized_fae_traced_or_diverted',
      'avmp_firearm_incidents',
      'kpi14_feeling_safe',
      'kpi14_satisfaction',
      'kpi14_survey_respondents',
    ]);
    for (const code of regional) expect(catalogue.measure(code)!.dimensions).toContain('place');
    expect(catalogue.dimension('place')!.values.map((v) => v.code)).toEqual([
      'belgrade',
      'podgorica',
      'pristina',
      'sarajevo',
      'skopje',
      'tirana',
      'chisinau',
    ]);
  });

  it("holds 003's AVMP figures for Pristina in 2024 as the region's", () => {
    expect(checkObservations(catalogue, AVMP_PRISTINA_2024, 'observations')).toEqual([]);
    expect(reporterProblems(catalogue, 'region', AVMP_PRISTINA_2024, 'observations')).toEqual([]);
  });

  it("refuses a jurisdiction's figure in the region's report, naming each by its path", () => {
    const mixed = [
      avmp('criminal', '78'),
      {
        measure: 'kpi3_reported_cases',
        dimensions: { offence_category: 'trafficking' },
        value: { kind: 'number', amount: '19' },
      },
    ];
    expect(reporterProblems(catalogue, 'region', mixed, 'observations')).toEqual([
      {
        path: 'observations[1].measure',
        message: expect.stringContaining("the region reports only SEESAC's regional data (KPI 5, KPI 10, KPI 14)"),
      },
    ]);
    expect(reporterProblems(catalogue, 'pristina', mixed, 'observations')).toEqual([]);
  });

  it("keeps a jurisdiction's own KPI 14 value (version 1 reports stay valid), with a warning that SEESAC's figure is the region's", () => {
    const survey: Observation = { measure: 'kpi14_feeling_safe', value: { kind: 'number', amount: '80' } };
    expect(checkObservations(catalogue, [survey], 'observations')).toEqual([]);
    expect(reporterWarnings(catalogue, 'tirana', [survey], 'observations')).toEqual([
      { path: 'observations[0].measure', message: expect.stringContaining("SEESAC's regional data") },
    ]);
    expect(reporterWarnings(catalogue, 'region', [survey], 'observations')).toEqual([]);
  });

  it('refuses a reporter that is not "region" and a region group the catalogue does not know', () => {
    const data = JSON.parse(JSON.stringify(catalogue.data)) as {
      kpis: { measures: { reporter?: string }[] }[];
      jurisdictions: { group: string }[];
    };
    data.kpis[4].measures[0].reporter = 'ministry';
    data.jurisdictions[7].group = 'seesac';
    expect(validateCatalogueData(data).map((p) => p.path)).toEqual([
      'kpis[4].measures[0].reporter',
      'jurisdictions[7].group',
    ]);
  });
});
