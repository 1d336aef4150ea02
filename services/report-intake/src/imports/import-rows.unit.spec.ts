import { rowsFromCsv, rowsFromJson } from './import-rows';

const HEADER = 'jurisdiction,year,measure,dimensions,value,no_data_reason';

describe('rowsFromCsv', () => {
  it('refuses an empty body: the header row is required', () => {
    expect(rowsFromCsv('')).toMatchObject({
      problems: [{ path: 'body', message: expect.stringMatching(/must start with its header row/) }],
    });
    expect(rowsFromCsv('\n\n')).toMatchObject({
      problems: [{ path: 'body', message: expect.stringMatching(/must start with its header row/) }],
    });
  });

  it('refuses a file whose header lacks columns, even without data rows', () => {
    expect(rowsFromCsv('jurisdiction,year,measure')).toMatchObject({
      problems: [{ message: expect.stringMatching(/missing CSV columns: dimensions, value, no_data_reason/) }],
    });
  });

  it('reads a header-only file as no rows, and data rows with their line numbers', () => {
    expect(rowsFromCsv(HEADER)).toEqual({ rows: [] });
    const read = rowsFromCsv(`${HEADER}\npristina,2024,kpi3_reported_cases,offence_category=trafficking,19,`);
    expect('rows' in read && read.rows.map((row) => [row.line, row.jurisdiction, row.dimensions])).toEqual([
      [2, 'pristina', { offence_category: 'trafficking' }],
    ]);
  });
});

describe('rowsFromJson', () => {
  it('refuses a body that breaks its schema whole, naming every problem with its path', () => {
    const read = rowsFromJson({
      values: [
        {
          jurisdiction: 'pristina',
          year: 2019,
          measure: 'kpi3_reported_cases',
          value: { kind: 'number', amount: '1' },
        },
        { jurisdiction: 'pristina', year: '2019', measure: 'kpi3_reported_cases', colour: 'red' },
      ],
      extra: true,
    });
    expect('problems' in read && read.problems.map((problem) => problem.path).sort()).toEqual([
      'body.extra',
      'body.values[1].colour',
      'body.values[1].value',
      'body.values[1].year',
    ]);
  });

  it('refuses dimensions whose categories are not strings (the fuzz stage found one accepted as a rejected row)', () => {
    const row = {
      jurisdiction: 'pristina',
      year: 2019,
      measure: 'kpi3_solved_with_conviction',
      value: { kind: 'number', amount: '8' },
    };
    const read = rowsFromJson({
      values: [
        { ...row, dimensions: { offence_category: 'trafficking', extra: {} } },
        { ...row, dimensions: { offence_category: 'trafficking' } },
      ],
    });
    expect(read).toEqual({
      problems: [
        { path: 'body.values[0].dimensions', message: 'must be an object of dimension → category, both strings' },
      ],
    });
  });

  it('refuses a value off its three documented shapes, naming the row (the fuzz stage found nested fields refused)', () => {
    const row = { jurisdiction: 'pristina', year: 2019, measure: 'kpi3_reported_cases' };
    const values = [
      { kind: 'number', amount: '1', approximate: true },
      { kind: 'no_data', reason: 'No data' },
      { kind: 'status', status: 'operational' },
      { kind: 'number', amount: 1 },
      { kind: 'number', amount: '1', colour: 'red' },
      { kind: 'no_data' },
      { kind: 'guess', amount: '1' },
      { kind: 'number', amount: '1', nested: { deeper: 'x' } },
    ];
    const read = rowsFromJson({ values: values.map((value) => ({ ...row, value })) });
    expect('problems' in read && read.problems.map((problem) => problem.path)).toEqual([
      'body.values[3].value',
      'body.values[4].value',
      'body.values[5].value',
      'body.values[6].value',
      'body.values[7].value',
    ]);
  });

  it('hands rows that keep the schema to the catalogue checks, numbered from 1', () => {
    const read = rowsFromJson({
      values: [
        { jurisdiction: 'pristina', year: 2019, measure: 'no_such_measure', value: { kind: 'number', amount: '1' } },
      ],
    });
    expect(read).toEqual({
      rows: [
        {
          line: 1,
          jurisdiction: 'pristina',
          year: 2019,
          measure: 'no_such_measure',
          dimensions: {},
          value: { kind: 'number', amount: '1' },
          readProblems: [],
        },
      ],
    });
  });
});
