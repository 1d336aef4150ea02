// The KPI catalogue: the Roadmap's goals and KPIs, the measures a KPI value is reported in, the dimensions a value
// may be broken down by, and the jurisdictions that report. The catalogue is DATA (src/data/catalogue.v<N>.json);
// this file only types it and indexes it. Adding a measure is a change to the JSON, never to a service.
import type { Problem } from './problem';
import { validateCatalogueData } from './validate-catalogue';

/** How a measure's value is written: counts are integers, tonnes/kilograms/percentages decimals, statuses codes. */
export type ValueType = 'integer' | 'decimal' | 'status';

/** Where a KPI's goal mapping comes from: the progress reports (003) or the platform's own reading of the wording. */
export type GoalMappingSource = 'progress-report' | 'platform';

export interface CodeLabel {
  readonly code: string;
  readonly label: string;
}

export interface Unit extends CodeLabel {
  readonly symbol?: string;
}

export interface DimensionValue extends CodeLabel {
  readonly note?: string;
}

export interface Dimension extends CodeLabel {
  readonly values: readonly DimensionValue[];
  readonly note?: string;
}

export interface Timeframe {
  /** As written in the Roadmap: "2020", "2019 - 2024". */
  readonly text: string;
  readonly from?: number;
  readonly to?: number;
}

export interface OverallTarget {
  readonly target: string;
  readonly baseline: string;
  /** null when the Roadmap gives no timeframe. */
  readonly timeframe: Timeframe | null;
}

export interface Goal {
  readonly number: number;
  /** The goal as written in the Roadmap (001). */
  readonly title: string;
  /** The Roadmap chapter the goal belongs to. */
  readonly area: string;
  readonly overallTargets: readonly OverallTarget[];
}

interface MeasureBase extends CodeLabel {
  /** Dimension codes a value of this measure may be broken down by (any subset, in any combination). */
  readonly dimensions: readonly string[];
  readonly note?: string;
  /** "region": SEESAC's own regional data (KPI 5, KPI 14, AVMP), reported by the region, not by a jurisdiction. */
  readonly reporter?: 'region';
}

export interface NumericMeasure extends MeasureBase {
  readonly valueType: 'integer' | 'decimal';
  /** A unit code from the catalogue's `units`. */
  readonly unit: string;
  /** true: parts of a breakdown must not exceed the total, and values may be summed into regional totals. */
  readonly additive: boolean;
}

export interface StatusMeasure extends MeasureBase {
  readonly valueType: 'status';
  readonly statusValues: readonly CodeLabel[];
}

export type Measure = NumericMeasure | StatusMeasure;

export interface Kpi {
  readonly number: number;
  /** Authoritative wording of the Roadmap (001). */
  readonly wording: string;
  readonly goals: readonly number[];
  readonly goalMappingSource: GoalMappingSource;
  readonly note?: string;
  readonly measures: readonly Measure[];
}

export interface Jurisdiction {
  /** Stable lowercase code, e.g. "pristina". */
  readonly code: string;
  /** Named by its capital, as the Roadmap documents do. */
  readonly name: string;
  /** One of the six beneficiaries of the Roadmap. */
  readonly beneficiary: boolean;
  /** "WB6" for the beneficiaries, "associated" for Chisinau, "region" for SEESAC's own regional data (from version 2). */
  readonly group: 'WB6' | 'associated' | 'region';
  /** The SALW Commission's own name. */
  readonly commissionName: string;
  /** "seed": the name appears in the source documents; "generic": none names it. */
  readonly commissionNameSource: 'seed' | 'generic';
  readonly commissionNameEvidence?: string;
  /** Always shown with the name where present (Pristina: UNSCR 1244). */
  readonly footnote?: string;
  readonly footnoteMarker?: string;
  readonly footnoteSource?: string;
  readonly note?: string;
}

export interface CatalogueData {
  readonly version: number;
  /** ISO date (YYYY-MM-DD). */
  readonly publishedOn: string;
  readonly title?: string;
  readonly baselineYear?: number;
  readonly reportingPeriod?: string;
  readonly notes?: readonly string[];
  readonly units: readonly Unit[];
  readonly dimensions: readonly Dimension[];
  readonly goals: readonly Goal[];
  readonly kpis: readonly Kpi[];
  readonly jurisdictions: readonly Jurisdiction[];
}

export class CatalogueError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}

export function isNumericMeasure(measure: Measure): measure is NumericMeasure {
  return measure.valueType === 'integer' || measure.valueType === 'decimal';
}

export function isStatusMeasure(measure: Measure): measure is StatusMeasure {
  return measure.valueType === 'status';
}

/** One version of the catalogue, indexed. Construct from data; invalid data throws a CatalogueError. */
export class KpiCatalogue {
  readonly data: CatalogueData;
  private readonly kpiByNumber = new Map<number, Kpi>();
  private readonly goalByNumber = new Map<number, Goal>();
  private readonly measureByCode = new Map<string, Measure>();
  private readonly kpiByMeasureCode = new Map<string, Kpi>();
  private readonly dimensionByCode = new Map<string, Dimension>();
  private readonly unitByCode = new Map<string, Unit>();
  private readonly jurisdictionByCode = new Map<string, Jurisdiction>();

  constructor(data: unknown) {
    const problems = validateCatalogueData(data);
    if (problems.length > 0) {
      const first = problems
        .slice(0, 5)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ');
      throw new CatalogueError(`invalid KPI catalogue (${problems.length} problem(s)): ${first}`, problems);
    }
    this.data = data as CatalogueData;
    for (const goal of this.data.goals) this.goalByNumber.set(goal.number, goal);
    for (const kpi of this.data.kpis) {
      this.kpiByNumber.set(kpi.number, kpi);
      for (const measure of kpi.measures) {
        this.measureByCode.set(measure.code, measure);
        this.kpiByMeasureCode.set(measure.code, kpi);
      }
    }
    for (const dimension of this.data.dimensions) this.dimensionByCode.set(dimension.code, dimension);
    for (const unit of this.data.units) this.unitByCode.set(unit.code, unit);
    for (const jurisdiction of this.data.jurisdictions) this.jurisdictionByCode.set(jurisdiction.code, jurisdiction);
  }

  get version(): number {
    return this.data.version;
  }

  get publishedOn(): string {
    return this.data.publishedOn;
  }

  get goals(): readonly Goal[] {
    return this.data.goals;
  }

  get kpis(): readonly Kpi[] {
    return this.data.kpis;
  }

  get dimensions(): readonly Dimension[] {
    return this.data.dimensions;
  }

  get units(): readonly Unit[] {
    return this.data.units;
  }

  get jurisdictions(): readonly Jurisdiction[] {
    return this.data.jurisdictions;
  }

  /** Every measure of every KPI, in catalogue order. */
  get measures(): readonly Measure[] {
    return [...this.measureByCode.values()];
  }

  goal(number: number): Goal | undefined {
    return this.goalByNumber.get(number);
  }

  kpi(number: number): Kpi | undefined {
    return this.kpiByNumber.get(number);
  }

  measure(code: string): Measure | undefined {
    return this.measureByCode.get(code);
  }

  dimension(code: string): Dimension | undefined {
    return this.dimensionByCode.get(code);
  }

  unit(code: string): Unit | undefined {
    return this.unitByCode.get(code);
  }

  jurisdiction(code: string): Jurisdiction | undefined {
    return this.jurisdictionByCode.get(code);
  }

  /** The KPI a measure belongs to. */
  kpiOfMeasure(measureCode: string): Kpi | undefined {
    return this.kpiByMeasureCode.get(measureCode);
  }

  /** The measures of a KPI; empty for an unknown KPI. */
  measuresOfKpi(kpiNumber: number): readonly Measure[] {
    return this.kpiByNumber.get(kpiNumber)?.measures ?? [];
  }

  /** The KPIs mapped to a goal (whatever the mapping source), in KPI order. */
  kpisOfGoal(goalNumber: number): readonly Kpi[] {
    return this.data.kpis.filter((kpi) => kpi.goals.includes(goalNumber));
  }

  /** The goals a KPI is mapped to. */
  goalsOfKpi(kpiNumber: number): readonly Goal[] {
    const kpi = this.kpiByNumber.get(kpiNumber);
    if (!kpi) return [];
    return kpi.goals.map((n) => this.goalByNumber.get(n)).filter((g): g is Goal => g !== undefined);
  }

  /** The dimensions a measure may be broken down by; empty for an unknown measure. */
  dimensionsOfMeasure(measureCode: string): readonly Dimension[] {
    const measure = this.measureByCode.get(measureCode);
    if (!measure) return [];
    return measure.dimensions.map((code) => this.dimensionByCode.get(code)).filter((d): d is Dimension => !!d);
  }

  /** Whether `valueCode` is a value of dimension `dimensionCode`. */
  hasDimensionValue(dimensionCode: string, valueCode: string): boolean {
    return this.dimensionByCode.get(dimensionCode)?.values.some((v) => v.code === valueCode) ?? false;
  }

  /** The six beneficiaries (group "WB6"): the jurisdictions that make up regional totals. */
  wb6Jurisdictions(): readonly Jurisdiction[] {
    return this.data.jurisdictions.filter((j) => j.group === 'WB6');
  }

  /** Jurisdictions that follow the Roadmap without being beneficiaries (Chisinau). */
  associatedJurisdictions(): readonly Jurisdiction[] {
    return this.data.jurisdictions.filter((j) => j.group === 'associated');
  }

  /** The reporter of SEESAC's own regional data (group "region"), if this version has one. */
  regionReporter(): Jurisdiction | undefined {
    return this.data.jurisdictions.find((j) => j.group === 'region');
  }

  /** Whether a measure is SEESAC's regional data (reported by the region only). */
  isRegionalMeasure(measureCode: string): boolean {
    return this.measureByCode.get(measureCode)?.reporter === 'region';
  }

  /** The name to display, with its footnote marker where it has a footnote ("Pristina*"). */
  displayName(jurisdictionCode: string): string | undefined {
    const j = this.jurisdictionByCode.get(jurisdictionCode);
    if (!j) return undefined;
    return j.footnote ? `${j.name}${j.footnoteMarker ?? '*'}` : j.name;
  }
}
