// Turning an import body (JSON or CSV) into rows with their line numbers. Pure.
import { isReservedName, type Problem, RESERVED_NAME_MESSAGE } from '@salw/decider';
import { catalogue, isStatusMeasure } from '@salw/kpi-catalogue';
import { parse } from 'csv-parse/sync';

/** One row as received; `line` is the CSV line number (header = line 1) or the 1-based index in `values`. */
export interface ImportRow {
  line: number;
  jurisdiction: unknown;
  year: unknown;
  measure: unknown;
  dimensions: unknown;
  value: unknown;
  /** Problems found while reading the row (before the catalogue rules). */
  readProblems: string[];
}

/** The rows of an import body, or why the body as a whole cannot be read (each problem with its path). */
export type ReadRows = { rows: ImportRow[] } | { problems: Problem[] };

export const CSV_COLUMNS = ['jurisdiction', 'year', 'measure', 'dimensions', 'value', 'no_data_reason'] as const;

const JSON_ROW_FIELDS = ['jurisdiction', 'year', 'measure', 'dimensions', 'value'] as const;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDimensions = (value: unknown) =>
  isObject(value) && Object.values(value).every((category) => typeof category === 'string');

/** The three shapes of a value, field → type (`?` optional): what the row check enforces and the document says. */
const VALUE_SHAPES = {
  number: { amount: 'string', 'approximate?': 'boolean' },
  status: { status: 'string' },
  no_data: { reason: 'string' },
} as const;

/** A value keeps one of VALUE_SHAPES exactly (whether its amount or status fits the measure is the catalogue's row check). */
function isValueShape(value: unknown): boolean {
  if (!isObject(value) || typeof value.kind !== 'string' || !Object.hasOwn(VALUE_SHAPES, value.kind)) return false;
  const fields: Record<string, string> = VALUE_SHAPES[value.kind as keyof typeof VALUE_SHAPES];
  const typeOf = (key: string) => fields[key] ?? fields[`${key}?`];
  const known = Object.keys(value).every((key) => key === 'kind' || typeof value[key] === typeOf(key));
  const present = Object.keys(fields).every((field) => field.endsWith('?') || field in value);
  return known && present;
}

/** The OpenAPI schema of one JSON row, from the same shapes the row check enforces (documentation of ImportValueDto). */
export const IMPORT_ROW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['jurisdiction', 'year', 'measure', 'value'],
  properties: {
    jurisdiction: { type: 'string', example: 'pristina' },
    year: { type: 'integer', example: 2019 },
    measure: { type: 'string', example: 'kpi3_solved_with_conviction' },
    dimensions: {
      type: 'object',
      additionalProperties: { type: 'string' },
      example: { offence_category: 'trafficking' },
      description: 'Dimension code → category code; {} or absent for the total',
    },
    value: {
      oneOf: Object.entries(VALUE_SHAPES).map(([kind, fields]) => ({
        type: 'object',
        additionalProperties: false,
        required: ['kind', ...Object.keys(fields).filter((field) => !field.endsWith('?'))],
        properties: {
          kind: { type: 'string', enum: [kind] },
          ...Object.fromEntries(Object.entries(fields).map(([field, type]) => [field.replace('?', ''), { type }])),
        },
      })),
      example: { kind: 'number', amount: '8' },
    },
  },
};

/** What the documented schema says of one JSON row; anything else about the row is the catalogue's business. */
function jsonRowShapeProblems(item: unknown, path: string): Problem[] {
  if (!isObject(item)) return [{ path, message: 'must be an object' }];
  const problems: Problem[] = Object.keys(item)
    .filter((key) => !(JSON_ROW_FIELDS as readonly string[]).includes(key))
    .map((key) => ({ path: `${path}.${key}`, message: 'unknown field' }));
  const expect = (field: string, ok: boolean, message: string) =>
    ok || problems.push({ path: `${path}.${field}`, message });
  expect('jurisdiction', typeof item.jurisdiction === 'string', 'must be a string');
  expect('year', Number.isInteger(item.year), 'must be an integer');
  expect('measure', typeof item.measure === 'string', 'must be a string');
  expect(
    'dimensions',
    item.dimensions === undefined || isDimensions(item.dimensions),
    'must be an object of dimension → category, both strings',
  );
  expect(
    'value',
    isValueShape(item.value),
    'must be { kind: "number", amount } or { kind: "status", status } or { kind: "no_data", reason }',
  );
  return problems;
}

/**
 * JSON body `{ values: [{ jurisdiction, year, measure, dimensions?, value }] }`. A body that breaks that schema is
 * refused whole, every problem with its path; rows that keep it are checked against the catalogue one by one.
 */
export function rowsFromJson(body: unknown): ReadRows {
  if (!isObject(body) || !Array.isArray(body.values))
    return { problems: [{ path: 'body.values', message: 'the body must be { "values": [ ... ] } or text/csv' }] };
  const problems: Problem[] = Object.keys(body)
    .filter((key) => key !== 'values')
    .map((key) => ({ path: `body.${key}`, message: 'unknown field' }));
  const values = body.values as unknown[];
  values.forEach((item, index) => problems.push(...jsonRowShapeProblems(item, `body.values[${index}]`)));
  if (problems.length > 0) return { problems };
  const rows = values.map((item, index) => {
    const row = item as Record<string, unknown>;
    return {
      line: index + 1,
      jurisdiction: row.jurisdiction,
      year: row.year,
      measure: row.measure,
      dimensions: row.dimensions ?? {},
      value: row.value,
      readProblems: [],
    };
  });
  return { rows };
}

/** CSV with header `jurisdiction,year,measure,dimensions,value,no_data_reason`; dimensions `key=value;key=value`. */
export function rowsFromCsv(text: string): ReadRows {
  const refuse = (message: string): ReadRows => ({ problems: [{ path: 'body', message }] });
  let records: { record: Record<string, string>; info: { lines: number } }[];
  // The header is read even when no data row follows: an empty body or a file without its header is refused.
  let header: string[] | undefined;
  const columns = (names: string[]) => (header = names.map((name) => name.trim()));
  try {
    records = parse(text, { columns, skip_empty_lines: true, trim: true, info: true, bom: true }) as typeof records;
  } catch (error) {
    return refuse(`unreadable CSV: ${(error as Error).message}`);
  }
  if (header === undefined) return refuse(`the CSV must start with its header row: ${CSV_COLUMNS.join(',')}`);
  const missing = CSV_COLUMNS.filter((c) => !header!.includes(c));
  if (missing.length > 0)
    return refuse(`missing CSV columns: ${missing.join(', ')} (expected ${CSV_COLUMNS.join(',')})`);
  const rows = records.map(({ record, info }): ImportRow => {
    const readProblems: string[] = [];
    const dimensions: Record<string, string> = {};
    for (const pair of (record.dimensions ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [key, value, ...rest] = pair.split('=');
      if (!key || value === undefined || rest.length > 0) readProblems.push(`dimensions: "${pair}" is not key=value`);
      else if (isReservedName(key.trim())) readProblems.push(`dimensions: "${key.trim()}" ${RESERVED_NAME_MESSAGE}`);
      else dimensions[key.trim()] = value.trim();
    }
    const measure = catalogue.measure(record.measure);
    const raw = record.value ?? '';
    const reason = record.no_data_reason ?? '';
    let value: unknown;
    if (raw === '' && reason === '')
      readProblems.push('value: give a value, or leave it empty with a no_data_reason ("No data" is not 0)');
    else if (raw !== '' && reason !== '') readProblems.push('value: give either a value or a no_data_reason, not both');
    else if (raw === '') value = { kind: 'no_data', reason };
    else
      value = measure && isStatusMeasure(measure) ? { kind: 'status', status: raw } : { kind: 'number', amount: raw };
    return {
      line: info.lines,
      jurisdiction: record.jurisdiction,
      year: Number(record.year),
      measure: record.measure,
      dimensions,
      value,
      readProblems,
    };
  });
  return { rows };
}
