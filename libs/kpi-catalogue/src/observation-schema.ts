// The rules of checkObservation as a JSON Schema (OpenAPI 3.0 dialect), generated from the catalogue data so the
// document a client or a fuzzer reads says what the service checks: one alternative per measure, with its
// dimensions and their categories, and the values it takes, as enums.
import { KpiCatalogue, Measure, isNumericMeasure } from './catalogue';

type Schema = Record<string, unknown>;

/** What a request DTO allows around the catalogue's rules (the shape checks' limits). */
export interface ObservationLimits {
  /** Characters of an amount. */
  readonly amountChars: number;
  /** Characters of a "No data" reason. */
  readonly reasonChars: number;
  /** Characters of a status code. */
  readonly statusChars: number;
}

// The amounts of decimal.ts, with [0-9] for \d (other engines also match other scripts' digits with \d).
const INTEGER_PATTERN = '^(0|[1-9][0-9]*)$';
const DECIMAL_PATTERN = '^(0|[1-9][0-9]*)(\\.[0-9]{1,6})?$';
const PERCENT_PATTERN = '^(100(\\.0{1,6})?|([1-9]?[0-9])(\\.[0-9]{1,6})?)$';

function amountPattern(measure: Measure): string {
  if (!isNumericMeasure(measure)) return INTEGER_PATTERN;
  if (measure.valueType === 'integer') return INTEGER_PATTERN;
  return measure.unit === 'percent' ? PERCENT_PATTERN : DECIMAL_PATTERN;
}

/**
 * A value object: `kind` and its own field required, the other fields of the value DTO still allowed (and
 * ignored by the check), as the service takes them.
 */
function valueSchema(kind: string, own: string, ownSchema: Schema, limits: ObservationLimits): Schema {
  const others: Record<string, Schema> = {
    amount: { type: 'string', maxLength: limits.amountChars, nullable: true },
    reason: { type: 'string', maxLength: limits.reasonChars, nullable: true },
    status: { type: 'string', maxLength: limits.statusChars, nullable: true },
  };
  return {
    type: 'object',
    required: ['kind', own],
    additionalProperties: false,
    properties: { ...others, kind: { type: 'string', enum: [kind] }, [own]: ownSchema },
  };
}

function valuesOf(measure: Measure, limits: ObservationLimits): Schema[] {
  // "No data" is not 0: its own kind, with a reason that is not blank.
  const noData = valueSchema(
    'no_data',
    'reason',
    { type: 'string', minLength: 1, maxLength: limits.reasonChars, pattern: '\\S' },
    limits,
  );
  if (!isNumericMeasure(measure)) {
    const status = valueSchema(
      'status',
      'status',
      { type: 'string', enum: measure.statusValues.map((s) => s.code) },
      limits,
    );
    return [status, noData];
  }
  const number = valueSchema(
    'number',
    'amount',
    { type: 'string', maxLength: limits.amountChars, pattern: amountPattern(measure) },
    limits,
  );
  // 004: "around 90 firearms": a number the report gives as approximate says so.
  number.properties = {
    ...(number.properties as Schema),
    approximate: { type: 'boolean', description: 'true when the report gives the number as approximate ("around 90")' },
  };
  return [number, noData];
}

function dimensionsOf(catalogue: KpiCatalogue, measure: Measure): Schema {
  const properties = Object.fromEntries(
    measure.dimensions.map((code) => [
      code,
      { type: 'string', enum: (catalogue.dimension(code)?.values ?? []).map((value) => value.code) },
    ]),
  );
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    description: 'Dimension code → category code; {} or absent for the total',
  };
}

/** One observation of any measure of the catalogue: `oneOf` an alternative per measure (they exclude each other by `measure`). */
export function observationSchema(catalogue: KpiCatalogue, limits: ObservationLimits): Schema {
  return {
    oneOf: catalogue.measures.map((measure) => ({
      type: 'object',
      title: measure.code,
      required: ['measure', 'value'],
      additionalProperties: false,
      properties: {
        measure: { type: 'string', enum: [measure.code] },
        dimensions: dimensionsOf(catalogue, measure),
        value: { oneOf: valuesOf(measure, limits) },
      },
    })),
  };
}
