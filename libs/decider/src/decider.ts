/**
 * The shape of every aggregate (as in emmett): pure functions, no I/O.
 * `decide` turns a command and the current state into new events or throws a DomainError;
 * `evolve` folds one event into the state.
 */
export interface Decider<State, Command, Event extends { type: string }> {
  initialState: () => State;
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
}

export function foldEvents<State, Event extends { type: string }>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
