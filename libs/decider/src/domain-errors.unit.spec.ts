import { InvalidInput, stateProblem } from './domain-errors';

describe('InvalidInput', () => {
  it('is bad input (400) while any problem is of the input itself', () => {
    const error = new InvalidInput([
      stateProblem('donorId', 'unknown donor "x"'),
      { path: 'amount', message: 'must be a decimal amount' },
    ]);
    expect([error.kind, error.name]).toEqual(['invalid', 'InvalidInput']);
  });

  it('is a conflict with the state (409) when every problem names state the request waits for', () => {
    const error = new InvalidInput([stateProblem('roundNumber', 'reporting round 3 has not been opened')]);
    expect([error.kind, error.name]).toEqual(['conflict', 'StateConflict']);
    expect(error.problems).toEqual([
      { path: 'roundNumber', message: 'reporting round 3 has not been opened', state: true },
    ]);
  });

  it('is bad input when it lists no problem at all', () => {
    expect(new InvalidInput([]).kind).toBe('invalid');
  });
});
