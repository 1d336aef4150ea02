// Turning an import body (JSON or CSV) into rows with their line numbers. Pure.
import { isReservedName, RESERVED_NAME_MESSAGE } from '@salw/decider';
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

export const CSV_COLUMNS = ['jurisdiction', 'year', 'measure', 'dimensions', 'value', 'no_data_reason'] as const;

/** JSON body `{ values: [{ jurisdiction, year, measure, dimensions?, value }] }`. */
export function rowsFromJson(body: unknown): ImportRow[] | string {
  const values = (body as { values?: unknown } | null)?.values;
  if (typeof body !== 'object' || body === null || !Array.isArray(values)) return 'the body must be { "values": [ ... ] } or text/csv';
  const extra = Object.keys(body).filter((key) => key !== 'values');
  if (extra.length > 0) return `unknown fields: ${extra.join(', ')}`;
  return values.map((item: unknown, index) => {
    const row = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const unknownFields = Object.keys(row).filter((key) => !['jurisdiction', 'year', 'measure', 'dimensions', 'value'].includes(key));
    return {
      line: index + 1,
      jurisdiction: row.jurisdiction,
      year: row.year,
      measure: row.measure,
      dimensions: row.dimensions ?? {},
      value: row.value,
      readProblems: [
        ...(typeof item !== 'object' || item === null ? ['must be an object'] : []),
        ...unknownFields.map((field) => `unknown field "${field}"`),
      ],
    };
  });
}

/** CSV with header `jurisdiction,year,measure,dimensions,value,no_data_reason`; dimensions `key=value;key=value`. */
export function rowsFromCsv(text: string): ImportRow[] | string {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true }) as typeof records;
  } catch (error) {
    return `unreadable CSV: ${(error as Error).message}`;
  }
  if (records.length > 0) {
    const columns = Object.keys(records[0].record);
    const missing = CSV_COLUMNS.filter((c) => !columns.includes(c));
    if (missing.length > 0) return `missing CSV columns: ${missing.join(', ')} (expected ${CSV_COLUMNS.join(',')})`;
  }
  return records.map(({ record, info }) => {
    const readProblems: string[] = [];
    const dimensions: Record<string, string> = {};
    for (const pair of (record.dimensions ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
      const [key, value, ...rest] = pair.split('=');
      if (!key || value === undefined || rest.length > 0) readProblems.push(`dimensions: "${pair}" is not key=value`);
      else if (isReservedName(key.trim())) readProblems.push(`dimensions: "${key.trim()}" ${RESERVED_NAME_MESSAGE}`);
      else dimensions[key.trim()] = value.trim();
    }
    const measure = catalogue.measure(record.measure);
    const raw = record.value ?? '';
    const reason = record.no_data_reason ?? '';
    let value: unknown;
    if (raw === '' && reason === '') readProblems.push('value: give a value, or leave it empty with a no_data_reason ("No data" is not 0)');
    else if (raw !== '' && reason !== '') readProblems.push('value: give either a value or a no_data_reason, not both');
    else if (raw === '') value = { kind: 'no_data', reason };
    else value = measure && isStatusMeasure(measure) ? { kind: 'status', status: raw } : { kind: 'number', amount: raw };
    return { line: info.lines, jurisdiction: record.jurisdiction, year: Number(record.year), measure: record.measure, dimensions, value, readProblems };
  });
}
