import { appliedVersion, BOOKKEEPING, recordApplied, WITHOUT_BOOKKEEPING, withoutBookkeeping } from './bookkeeping';
import { applyUpdate } from './guarded-writes';

describe('projection bookkeeping', () => {
  it('is one key that a read answer never contains', () => {
    const stored = { _id: 'm-1', title: 'Skopje', [BOOKKEEPING]: recordApplied(undefined, 'meeting:m-1', 1) };
    const read = withoutBookkeeping(stored);
    expect(read).toEqual({ _id: 'm-1', title: 'Skopje' });
    expect(Object.keys(read)).not.toContain(BOOKKEEPING);
    expect(WITHOUT_BOOKKEEPING.projection).toEqual({ [BOOKKEEPING]: 0 });
  });

  it('keeps one version per stream, stream ids as values (dots and a leading $ are fine)', () => {
    let bookkeeping = recordApplied(undefined, 'kpi-report:a.b', 1);
    bookkeeping = recordApplied(bookkeeping, '$odd', 4);
    bookkeeping = recordApplied(bookkeeping, 'kpi-report:a.b', 2);
    expect(bookkeeping).toEqual({
      applied: [
        { stream: '$odd', version: 4 },
        { stream: 'kpi-report:a.b', version: 2 },
      ],
      folds: 3,
    });
    expect(appliedVersion(bookkeeping, 'kpi-report:a.b')).toBe(2);
    expect(appliedVersion(bookkeeping, 'kpi-report:a')).toBe(0);
    expect(appliedVersion(undefined, 'any')).toBe(0);
  });

  it('is the same whatever order the streams arrived in (a rebuilt document equals the live one)', () => {
    const fold = (order: [string, number][]) =>
      order.reduce<ReturnType<typeof recordApplied> | undefined>(
        (bookkeeping, [stream, version]) => recordApplied(bookkeeping, stream, version),
        undefined,
      );
    const live = fold([
      ['kpi-report:pristina:2020', 2],
      ['kpi-report:pristina:2018', 2],
      ['kpi-report:pristina:2024', 5],
    ]);
    const rebuilt = fold([
      ['kpi-report:pristina:2024', 5],
      ['kpi-report:pristina:2018', 2],
      ['kpi-report:pristina:2020', 2],
    ]);
    expect(rebuilt).toEqual(live);
    expect(live?.applied.map((applied) => applied.stream)).toEqual([
      'kpi-report:pristina:2018',
      'kpi-report:pristina:2020',
      'kpi-report:pristina:2024',
    ]);
  });
});

describe('applyUpdate (GuardedWrites folds updates in memory)', () => {
  it('sets and increments dotted paths, leaving the input as it was', () => {
    const before = { status: 'planned', gender: { women: 1 } };
    const after = applyUpdate(before, { $set: { status: 'held' }, $inc: { 'gender.women': 2, 'gender.men': 1 } });
    expect(after).toEqual({ status: 'held', gender: { women: 3, men: 1 } });
    expect(before).toEqual({ status: 'planned', gender: { women: 1 } });
  });

  it('refuses an operator it does not apply', () => {
    expect(() => applyUpdate({}, { $push: { items: 1 } })).toThrow('not $push');
  });
});
