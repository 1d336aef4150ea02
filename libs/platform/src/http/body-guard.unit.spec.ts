import { bodyProblems, MAX_BODY_DEPTH } from './body-guard';

describe('bodyProblems', () => {
  it('names every NUL character with its path (PostgreSQL under FerretDB cannot store one: it answered 500)', () => {
    const body = { observations: [{ value: { kind: 'no_data', reason: 'ID\u0000H' } }], ['a\u0000b']: 1, note: 'fine' };
    expect(
      bodyProblems(body)
        .map((problem) => problem.path)
        .sort(),
    ).toEqual(['a\u0000b', 'observations[0].value.reason']);
    expect(bodyProblems('jurisdiction,year\u0000')).toEqual([
      { path: 'body', message: expect.stringContaining('NUL') },
    ]);
  });

  it('refuses reserved keys and nesting deeper than the limit, and lets an ordinary body through', () => {
    let deep: unknown = {};
    for (let level = 0; level <= MAX_BODY_DEPTH; level += 1) deep = { next: deep };
    expect(bodyProblems(deep)).toHaveLength(1);
    expect(bodyProblems(JSON.parse('{"__proto__": {"x": 1}}')).map((problem) => problem.path)).toEqual(['__proto__']);
    expect(
      bodyProblems({ observations: [{ measure: 'kpi3_reported_cases', value: { kind: 'number', amount: '5' } }] }),
    ).toEqual([]);
  });
});
