import { Decider, InvalidInput, NotFound } from '@salw/decider';
import { DeciderSpecification } from './decider-specification';

type TallyEvent = { type: 'Opened'; data: Record<string, never> } | { type: 'Counted'; data: { amount: number } };
type TallyCommand = { type: 'Open' } | { type: 'Count'; amount: number };

/** A tally: opened once, then counts positive whole amounts; counting 0 changes nothing. */
const tally: Decider<{ open: boolean }, TallyCommand, TallyEvent> = {
  initialState: () => ({ open: false }),
  evolve: (state, event) => (event.type === 'Opened' ? { open: true } : state),
  decide: (command, state) => {
    if (command.type === 'Open') return [{ type: 'Opened', data: {} }];
    if (!state.open) throw new NotFound('no tally');
    if (!Number.isInteger(command.amount) || command.amount < 0)
      throw new InvalidInput([{ path: 'amount', message: 'must be a whole number ≥ 0' }]);
    return command.amount === 0 ? [] : [{ type: 'Counted', data: { amount: command.amount } }];
  },
};
const { given } = DeciderSpecification.for(tally);
const opened: TallyEvent = { type: 'Opened', data: {} };

describe('DeciderSpecification', () => {
  it('passes on the events decided from the folded state, and fails on others', () => {
    given([opened])
      .when({ type: 'Count', amount: 2 })
      .then([{ type: 'Counted', data: { amount: 2 } }]);
    expect(() =>
      given([opened])
        .when({ type: 'Count', amount: 2 })
        .then([{ type: 'Counted', data: { amount: 3 } }]),
    ).toThrow();
    expect(given([opened]).when({ type: 'Count', amount: 5 }).thenEvents()).toHaveLength(1);
  });

  it('tells nothing happened from something happened', () => {
    given([opened]).when({ type: 'Count', amount: 0 }).thenNothingHappened();
    expect(() => given([opened]).when({ type: 'Count', amount: 1 }).thenNothingHappened()).toThrow();
  });

  it('checks a refusal by class or status, message and problem paths', () => {
    given([])
      .when({ type: 'Count', amount: 1 })
      .thenThrows(NotFound, /no tally/);
    given([]).when({ type: 'Count', amount: 1 }).thenThrows(404);
    expect(given([opened]).when({ type: 'Count', amount: -1 }).thenProblems(['amount'])).toEqual([
      { path: 'amount', message: 'must be a whole number ≥ 0' },
    ]);
    expect(() => given([opened]).when({ type: 'Count', amount: -1 }).thenThrows(NotFound)).toThrow();
    expect(() => given([opened]).when({ type: 'Count', amount: -1 }).thenThrows(409)).toThrow();
    expect(() => given([opened]).when({ type: 'Count', amount: -1 }).thenProblems(['amount', 'note'])).toThrow();
  });

  it('fails a refusal spec when the decider decides instead', () => {
    expect(() => given([opened]).when({ type: 'Count', amount: 1 }).thenThrows(InvalidInput)).toThrow(
      /Expected the decider to refuse, but it decided \["Counted"\]/,
    );
  });
});
