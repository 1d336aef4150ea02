import { InvalidInput } from '@salw/decider';
import { RoundNumberPipe } from './params';
import { strictValidationPipe } from './validation';

describe('RoundNumberPipe', () => {
  const pipe = new RoundNumberPipe();
  const parse = (value: unknown) => pipe.transform(value, { type: 'param', data: 'round' });

  it('reads a round number from 1 to 200', () => {
    expect([parse('1'), parse('13'), parse('200')]).toEqual([1, 13, 200]);
  });

  it.each(['0', '201', '007x', '1.5', '-3', '100000000000000000000', '', 'true'])(
    'refuses %p with one problem naming the parameter',
    (value) => {
      expect(() => parse(value)).toThrow(InvalidInput);
      try {
        parse(value);
      } catch (error) {
        expect((error as InvalidInput).problems).toEqual([
          { path: 'round', message: 'must be a round number from 1 to 200' },
        ]);
      }
    },
  );

  it('gets the text of the URL: the global validation pipe leaves a number-typed path parameter to the route', async () => {
    const metadata = { type: 'param' as const, metatype: Number, data: 'round' };
    const raw = await strictValidationPipe().transform('6\r', metadata);
    expect(raw).toBe('6\r');
    expect(() => pipe.transform(raw, metadata)).toThrow(InvalidInput);
    expect(pipe.transform(await strictValidationPipe().transform('7', metadata), metadata)).toBe(7);
  });
});
