// Integrity rules of a catalogue version. Every catalogue.v<N>.json must pass them; KpiCatalogue refuses data that
// does not. Pure: no I/O.
import type { Problem } from './problem';

/** Lowercase snake_case: the form of every code in the catalogue (measures, dimensions, values, units, ...). */
const CODE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A key MongoDB (and FerretDB) stores without trouble: non-empty, no ".", no leading "$", no NUL.
 * Measure, dimension and value codes become document keys, so they must all be safe.
 */
export function isMongoSafeKey(key: string): boolean {
  return key.length > 0 && !key.includes('.') && !key.startsWith('$') && !key.includes('\0');
}

/** A catalogue code: lowercase snake_case, hence also Mongo-safe. */
export function isCatalogueCode(code: unknown): code is string {
  return typeof code === 'string' && CODE.test(code) && isMongoSafeKey(code);
}

type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

class Collector {
  readonly problems: Problem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  /** Reports and returns false unless `value` is an array. */
  array(value: unknown, path: string): value is unknown[] {
    if (Array.isArray(value)) return true;
    this.add(path, 'must be an array');
    return false;
  }
  record(value: unknown, path: string): value is Rec {
    if (isRecord(value)) return true;
    this.add(path, 'must be an object');
    return false;
  }
  text(value: unknown, path: string): void {
    if (!isNonEmptyString(value)) this.add(path, 'must be a non-empty string');
  }
  optionalText(value: unknown, path: string): void {
    if (value !== undefined && !isNonEmptyString(value)) this.add(path, 'must be a non-empty string when present');
  }
  code(value: unknown, path: string, seen?: Map<string, string>): void {
    if (!isCatalogueCode(value)) {
      this.add(path, `must be a lowercase snake_case code without "." or a leading "$" (got ${JSON.stringify(value)})`);
      return;
    }
    if (seen) {
      const previous = seen.get(value);
      if (previous !== undefined) this.add(path, `duplicate code "${value}" (also at ${previous})`);
      else seen.set(value, path);
    }
  }
  codeLabels(value: unknown, path: string, what: string): Set<string> {
    const codes = new Set<string>();
    if (!this.array(value, path)) return codes;
    if (value.length === 0) this.add(path, `must list at least one ${what}`);
    const seen = new Map<string, string>();
    value.forEach((item, i) => {
      const p = `${path}[${i}]`;
      if (!this.record(item, p)) return;
      this.code(item.code, `${p}.code`, seen);
      this.text(item.label, `${p}.label`);
      if (typeof item.code === 'string') codes.add(item.code);
    });
    return codes;
  }
}

function validateTimeframe(c: Collector, tf: unknown, path: string): void {
  if (tf === null) return;
  if (!c.record(tf, path)) return;
  c.text(tf.text, `${path}.text`);
  for (const key of ['from', 'to'] as const) {
    const year = tf[key];
    if (year !== undefined && !(Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2100)) {
      c.add(`${path}.${key}`, 'must be a year');
    }
  }
  if (typeof tf.from === 'number' && typeof tf.to === 'number' && tf.from > tf.to) {
    c.add(path, `from (${tf.from}) is after to (${tf.to})`);
  }
}

/** Every problem with a catalogue version's data; empty when it is sound. */
export function validateCatalogueData(data: unknown): Problem[] {
  const c = new Collector();
  if (!c.record(data, '$')) return c.problems;

  if (!isPositiveInteger(data.version)) c.add('version', 'must be a positive integer');
  const date = typeof data.publishedOn === 'string' ? ISO_DATE.exec(data.publishedOn) : null;
  if (!date || Number.isNaN(Date.parse(`${data.publishedOn as string}T00:00:00Z`))) {
    c.add('publishedOn', 'must be an ISO date (YYYY-MM-DD)');
  }

  // Units.
  const units = c.codeLabels(data.units, 'units', 'unit');

  // Dimensions and their values.
  const dimensions = new Map<string, Set<string>>();
  if (c.array(data.dimensions, 'dimensions')) {
    const seen = new Map<string, string>();
    data.dimensions.forEach((d, i) => {
      const p = `dimensions[${i}]`;
      if (!c.record(d, p)) return;
      c.code(d.code, `${p}.code`, seen);
      c.text(d.label, `${p}.label`);
      c.optionalText(d.note, `${p}.note`);
      const values = c.codeLabels(d.values, `${p}.values`, 'value');
      if (typeof d.code === 'string') dimensions.set(d.code, values);
    });
  }

  // Goals.
  const goalNumbers = new Set<number>();
  if (c.array(data.goals, 'goals')) {
    if (data.goals.length === 0) c.add('goals', 'must list at least one goal');
    data.goals.forEach((g, i) => {
      const p = `goals[${i}]`;
      if (!c.record(g, p)) return;
      if (!isPositiveInteger(g.number)) c.add(`${p}.number`, 'must be a positive integer');
      else if (goalNumbers.has(g.number)) c.add(`${p}.number`, `duplicate goal number ${g.number}`);
      else goalNumbers.add(g.number);
      c.text(g.title, `${p}.title`);
      c.optionalText(g.area, `${p}.area`);
      if (c.array(g.overallTargets, `${p}.overallTargets`)) {
        g.overallTargets.forEach((t, j) => {
          const tp = `${p}.overallTargets[${j}]`;
          if (!c.record(t, tp)) return;
          c.text(t.target, `${tp}.target`);
          c.text(t.baseline, `${tp}.baseline`);
          if (!('timeframe' in t)) c.add(`${tp}.timeframe`, 'must be present (null when the Roadmap gives none)');
          else validateTimeframe(c, t.timeframe, `${tp}.timeframe`);
        });
      }
    });
  }

  // KPIs and their measures.
  const kpiNumbers = new Set<number>();
  const measureCodes = new Map<string, string>();
  if (c.array(data.kpis, 'kpis')) {
    if (data.kpis.length === 0) c.add('kpis', 'must list at least one KPI');
    data.kpis.forEach((k, i) => {
      const p = `kpis[${i}]`;
      if (!c.record(k, p)) return;
      if (!isPositiveInteger(k.number)) c.add(`${p}.number`, 'must be a positive integer');
      else if (kpiNumbers.has(k.number)) c.add(`${p}.number`, `duplicate KPI number ${k.number}`);
      else kpiNumbers.add(k.number);
      c.text(k.wording, `${p}.wording`);
      c.optionalText(k.note, `${p}.note`);
      if (k.goalMappingSource !== 'progress-report' && k.goalMappingSource !== 'platform') {
        c.add(`${p}.goalMappingSource`, 'must be "progress-report" or "platform"');
      }
      if (c.array(k.goals, `${p}.goals`)) {
        if (k.goals.length === 0) c.add(`${p}.goals`, 'a KPI must be mapped to at least one goal');
        k.goals.forEach((n, j) => {
          if (typeof n !== 'number' || !goalNumbers.has(n)) c.add(`${p}.goals[${j}]`, `no goal ${JSON.stringify(n)}`);
        });
        if (new Set(k.goals).size !== k.goals.length) c.add(`${p}.goals`, 'lists a goal twice');
      }
      if (c.array(k.measures, `${p}.measures`)) {
        if (k.measures.length === 0) c.add(`${p}.measures`, 'a KPI must have at least one measure');
        k.measures.forEach((m, j) => validateMeasure(c, m, `${p}.measures[${j}]`, measureCodes, units, dimensions));
      }
    });
  }

  // Jurisdictions.
  if (c.array(data.jurisdictions, 'jurisdictions')) {
    const seen = new Map<string, string>();
    data.jurisdictions.forEach((j, i) => {
      const p = `jurisdictions[${i}]`;
      if (!c.record(j, p)) return;
      c.code(j.code, `${p}.code`, seen);
      c.text(j.name, `${p}.name`);
      c.text(j.commissionName, `${p}.commissionName`);
      if (j.commissionNameSource !== 'seed' && j.commissionNameSource !== 'generic') {
        c.add(`${p}.commissionNameSource`, 'must be "seed" or "generic"');
      }
      if (typeof j.beneficiary !== 'boolean') c.add(`${p}.beneficiary`, 'must be a boolean');
      if (j.group !== 'WB6' && j.group !== 'associated' && j.group !== 'region')
        c.add(`${p}.group`, 'must be "WB6", "associated" or "region"');
      else if ((j.group === 'WB6') !== (j.beneficiary === true)) {
        c.add(`${p}.group`, 'the WB6 group is exactly the beneficiaries');
      }
      for (const key of ['commissionNameEvidence', 'footnote', 'footnoteMarker', 'footnoteSource', 'note']) {
        c.optionalText(j[key], `${p}.${key}`);
      }
    });
  }

  return c.problems;
}

function validateMeasure(
  c: Collector,
  m: unknown,
  p: string,
  measureCodes: Map<string, string>,
  units: Set<string>,
  dimensions: Map<string, Set<string>>,
): void {
  if (!c.record(m, p)) return;
  c.code(m.code, `${p}.code`, measureCodes);
  c.text(m.label, `${p}.label`);
  c.optionalText(m.note, `${p}.note`);
  if (m.reporter !== undefined && m.reporter !== 'region')
    c.add(`${p}.reporter`, 'must be "region" when given (SEESAC\'s own regional data)');
  if (m.valueType === 'integer' || m.valueType === 'decimal') {
    if (typeof m.unit !== 'string' || !units.has(m.unit)) c.add(`${p}.unit`, `no unit ${JSON.stringify(m.unit)}`);
    if (typeof m.additive !== 'boolean') c.add(`${p}.additive`, 'must be a boolean');
    else if (m.additive && m.unit === 'percent') c.add(`${p}.additive`, 'a percentage is never additive');
    if (m.unit === 'percent' && m.valueType !== 'decimal') c.add(`${p}.valueType`, 'a percentage is a decimal');
    if (m.statusValues !== undefined) c.add(`${p}.statusValues`, 'only a status measure has status values');
  } else if (m.valueType === 'status') {
    c.codeLabels(m.statusValues, `${p}.statusValues`, 'status value');
    if (m.unit !== undefined) c.add(`${p}.unit`, 'a status measure has no unit');
  } else {
    c.add(`${p}.valueType`, 'must be "integer", "decimal" or "status"');
  }
  if (c.array(m.dimensions, `${p}.dimensions`)) {
    m.dimensions.forEach((d, j) => {
      if (typeof d !== 'string' || !dimensions.has(d))
        c.add(`${p}.dimensions[${j}]`, `no dimension ${JSON.stringify(d)}`);
    });
    if (new Set(m.dimensions).size !== m.dimensions.length) c.add(`${p}.dimensions`, 'lists a dimension twice');
  }
}
